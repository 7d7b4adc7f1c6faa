import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/form-dialog';
import { TOKEN_DEFAULT_DAYS, TOKEN_MAX_YEARS } from '@/config/accounts';
import { showFieldErrors } from '@/lib/form-errors';
import { TOKEN_SCOPES, type CreatedToken, type TokenScope, type UnitRef } from '@/types/api';
import { useCreateToken } from '../api/create-token';

interface Values {
  name: string;
  scope: TokenScope;
  unitIds: number[];
  expiresOn: Dayjs;
}
const FIELDS = ['name', 'scope', 'unitIds', 'expiresOn'] as const;

/** The first day the token is no longer valid may be tomorrow at the earliest, a year at most. */
function outsideAllowedRange(day: Dayjs): boolean {
  const today = dayjs().startOf('day');
  return !day.isAfter(today, 'day') || day.isAfter(today.add(TOKEN_MAX_YEARS, 'year'), 'day');
}

export interface CreateTokenDialogProps {
  /** The units a REPORT_WRITE token may report for: the user's own. */
  ownUnits: UnitRef[];
  onCreated: (created: CreatedToken) => void;
  onClose: () => void;
}

/** Name, scope (read, or read and report for some of the user's units) and expiry. */
export function CreateTokenDialog({ ownUnits, onCreated, onClose }: CreateTokenDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const scope = Form.useWatch('scope', form);
  const create = useCreateToken();
  const [errorOnFields, setErrorOnFields] = useState(false);

  const submit = (values: Values) =>
    create.mutate(
      {
        name: values.name.trim(),
        scope: values.scope,
        // A READ token reads what its owner may read; units only bound what it reports for.
        unitIds: values.scope === 'REPORT_WRITE' ? values.unitIds : [],
        expiresOn: values.expiresOn.format('YYYY-MM-DD'),
      },
      { onSuccess: onCreated, onError: (e) => setErrorOnFields(showFieldErrors(form, FIELDS, e)) },
    );

  const required = { required: true, message: t('common.required') };
  return (
    <FormDialog
      title={t('tokens.create')}
      submitLabel={t('tokens.create')}
      submitTestId="create-token-submit"
      submitting={create.isPending}
      error={create.isError && !errorOnFields ? create.error : null}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{
          scope: 'READ',
          unitIds: ownUnits.length === 1 ? [ownUnits[0].id] : [],
          expiresOn: dayjs().add(TOKEN_DEFAULT_DAYS, 'day'),
        }}
      >
        <Form.Item name="name" label={t('tokens.name')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} placeholder={t('tokens.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="scope" label={t('tokens.scope')} rules={[required]}>
          <Radio.Group
            options={TOKEN_SCOPES.map((value) => ({
              value,
              label: t(`tokens.scopes.${value}`),
              disabled: value === 'REPORT_WRITE' && ownUnits.length === 0,
            }))}
          />
        </Form.Item>
        {scope === 'REPORT_WRITE' && (
          <Form.Item
            name="unitIds"
            label={t('tokens.units')}
            extra={t('tokens.unitsHelp')}
            rules={[{ ...required, type: 'array', min: 1 }]}
          >
            <Select
              mode="multiple"
              data-testid="token-units"
              options={ownUnits.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="expiresOn"
          label={t('tokens.expiresOn')}
          extra={t('tokens.expiresHelp')}
          rules={[required]}
        >
          <DatePicker
            format="DD/MM/YYYY"
            allowClear={false}
            disabledDate={outsideAllowedRange}
            inputReadOnly
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
