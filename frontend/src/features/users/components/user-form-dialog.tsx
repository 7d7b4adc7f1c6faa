import { Form, Input, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/form-dialog';
import { MIN_PASSWORD_LENGTH } from '@/config/accounts';
import { showFieldErrors } from '@/lib/form-errors';
import { ACCOUNT_ROLES, type AccountRole, type UnitRef, type UserView } from '@/types/api';
import { matchesVietnamese } from '@/utils/text';
import { useSaveUser } from '../api/save-user';

interface Values {
  username: string;
  displayName: string;
  email?: string;
  role: AccountRole;
  unitIds: number[];
  password: string;
  enabled: boolean;
}
/** The API's rule for usernames: letters without diacritics, digits, dot, dash, underscore. */
const USERNAME = /^[a-zA-Z0-9._-]+$/;
/** The API's limit on e-mail addresses. */
const EMAIL_MAX_LENGTH = 254;
const FIELDS = [
  'username',
  'displayName',
  'email',
  'role',
  'unitIds',
  'password',
  'enabled',
] as const;

export interface UserFormDialogProps {
  /** The user to edit; a new user when absent. */
  user?: UserView;
  /** Every unit, for the unit picker. */
  units: UnitRef[];
  onClose: () => void;
}

/** A new user (username, initial password …) or an existing one's name, role, units, status. */
export function UserFormDialog({ user, units, onClose }: UserFormDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveUser();
  const [errorOnFields, setErrorOnFields] = useState(false);

  const submit = ({ username, displayName, email, role, unitIds, password, enabled }: Values) => {
    // Left out when blank: the API then has no address (on update, clears it).
    const common = {
      displayName: displayName.trim(),
      email: email?.trim() || undefined,
      role,
      unitIds,
      enabled,
    };
    save.mutate(
      user
        ? { id: user.id, update: { ...common, version: user.version } }
        : { create: { ...common, username: username.trim(), password } },
      { onSuccess: onClose, onError: (e) => setErrorOnFields(showFieldErrors(form, FIELDS, e)) },
    );
  };

  const required = { required: true, message: t('common.required') };
  return (
    <FormDialog
      title={user ? t('users.editTitle', { username: user.username }) : t('users.create')}
      submitLabel={t('common.save')}
      submitTestId="user-form-submit"
      submitting={save.isPending}
      error={save.isError && !errorOnFields ? save.error : null}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{
          displayName: user?.displayName,
          email: user?.email ?? undefined,
          role: user?.role ?? 'UNIT_OFFICER',
          unitIds: user?.units.map((u) => u.id) ?? [],
          enabled: user?.enabled ?? true,
        }}
      >
        {!user && (
          <Form.Item
            name="username"
            label={t('users.username')}
            rules={[
              required,
              { pattern: USERNAME, min: 3, max: 64, message: t('users.usernameRule') },
            ]}
          >
            <Input autoComplete="off" autoCapitalize="none" />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('users.email')}
          rules={[{ type: 'email', max: EMAIL_MAX_LENGTH, message: t('users.emailRule') }]}
        >
          <Input type="email" maxLength={EMAIL_MAX_LENGTH} autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[required]}>
          <Select
            data-testid="user-role-select"
            options={ACCOUNT_ROLES.map((role) => ({
              value: role,
              label: t(`accountRole.${role}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="unitIds" label={t('users.units')}>
          <Select
            mode="multiple"
            options={units.map((u) => ({ value: u.id, label: u.name, search: u.shortName }))}
            showSearch={{
              filterOption: (input, option) =>
                matchesVietnamese(input, option?.label, option?.search),
            }}
          />
        </Form.Item>
        {!user && (
          <Form.Item
            name="password"
            label={t('users.initialPassword')}
            rules={[
              required,
              {
                min: MIN_PASSWORD_LENGTH,
                message: t('auth.passwordMinLength', { count: MIN_PASSWORD_LENGTH }),
              },
            ]}
          >
            <Input.Password maxLength={72} autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item name="enabled" label={t('users.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
