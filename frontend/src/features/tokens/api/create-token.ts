import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CreatedToken, TokenInput } from '@/types/api';

/** Creates a token; the answer holds the secret, which the API never shows again. */
export function createToken(body: TokenInput) {
  return unwrap<CreatedToken>(api.POST('/api/v1/tokens', { body }));
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
