/** Shows a problem's field-level errors on the form fields they name. */
import type { FormInstance } from 'antd';
import { ApiError } from '@/lib/api/problem';

/**
 * Sets the errors of a 422 problem on the matching fields ("changePassword.body.newPassword"
 * names the field `newPassword`); returns true when at least one field took an error.
 */
export function showFieldErrors<T>(
  form: FormInstance<T>,
  fields: readonly string[],
  error: unknown,
) {
  if (!(error instanceof ApiError)) return false;
  const errors = new Map<string, string[]>();
  for (const { field, message } of error.problem.errors ?? []) {
    const name = field?.split('.').pop();
    if (name && message && fields.includes(name))
      errors.set(name, [...(errors.get(name) ?? []), message]);
  }
  form.setFields(
    [...errors].map(([name, messages]) => ({ name: name as never, errors: messages })),
  );
  return errors.size > 0;
}
