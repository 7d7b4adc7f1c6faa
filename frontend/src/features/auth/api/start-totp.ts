import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { TotpEnrolment } from '@/types/api';

/** A new second factor, pending until confirmed: 403 `SECOND_FACTOR_NOT_ALLOWED`, 503 without a key. */
export function startTotp(): Promise<TotpEnrolment> {
  return unwrap<TotpEnrolment>(api.POST('/api/v1/me/totp'));
}

export function useStartTotp() {
  return useMutation({ mutationFn: startTotp });
}
