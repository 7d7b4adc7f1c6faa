import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/form-dialog';
import { showFieldErrors } from '@/lib/form-errors';
import type { Indicator, IndicatorInput } from '@/types/api';
import { matchesVietnamese } from '@/utils/text';
import { useSaveIndicator } from '../api/save-indicator';
import type { UnitChoices } from '../utils/indicator-rules';

const FIELDS = [
  'name',
  'numeratorDefinition',
  'denominatorDefinition',
  'bounded',
  'areaGroupId',
  'numeratorSupplierId',
  'denominatorSupplierId',
  'sourceNote',
  'baselineYear',
  'baselineValue',
] as const;

interface Values {
  name: string;
  numeratorDefinition: string;
  denominatorDefinition: string;
  bounded: boolean;
  areaGroupId: number;
  numeratorSupplierId?: number | null;
  denominatorSupplierId?: number | null;
  sourceNote?: string;
  baselineYear?: number | null;
  baselineValue?: number | null;
}

function toInput(values: Values, version: number): IndicatorInput {
  return {
    name: values.name.trim(),
    numeratorDefinition: values.numeratorDefinition.trim(),
    denominatorDefinition: values.denominatorDefinition.trim(),
    bounded: values.bounded,
    areaGroupId: values.areaGroupId,
    ...(values.numeratorSupplierId != null && { numeratorSupplierId: values.numeratorSupplierId }),
    ...(values.denominatorSupplierId != null && {
      denominatorSupplierId: values.denominatorSupplierId,
    }),
    ...(values.sourceNote?.trim() && { sourceNote: values.sourceNote.trim() }),
    ...(values.baselineYear != null && { baselineYear: values.baselineYear }),
    ...(values.baselineValue != null && { baselineValue: values.baselineValue }),
    version,
  };
}

export interface IndicatorFormDialogProps {
  planId: number;
  indicator: Indicator;
  /** The units to name as suppliers and the groups of areas; loading while undefined. */
  choices: UnitChoices | undefined;
  onClose: () => void;
}

/** "Sửa chỉ tiêu": the coordinator changes the definition, suppliers, source and baseline. */
export function IndicatorFormDialog({
  planId,
  indicator,
  choices,
  onClose,
}: IndicatorFormDialogProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveIndicator(planId);
  const [errorOnFields, setErrorOnFields] = useState(false);
  const units = useMemo(
    () => (choices?.units ?? []).map((u) => ({ value: u.id, label: u.name })),
    [choices],
  );
  const groups = useMemo(
    () =>
      choices
        ? choices.groups.map((g) => ({ value: g.id, label: g.name }))
        : [{ value: indicator.areas.id, label: indicator.areas.name }],
    [choices, indicator.areas],
  );
  const required = { required: true, whitespace: true, message: t('common.required') };
  const unitSelect = (testId: string) => (
    <Select<number>
      allowClear
      placeholder={t('indicators.byAreas')}
      data-testid={testId}
      loading={!choices}
      showSearch={{
        filterOption: (input, option) =>
          option !== undefined && matchesVietnamese(input, String(option.label)),
      }}
      options={units}
    />
  );
  const submit = (values: Values) =>
    save.mutate(
      { targetId: indicator.targetId, body: toInput(values, indicator.version) },
      { onSuccess: onClose, onError: (e) => setErrorOnFields(showFieldErrors(form, FIELDS, e)) },
    );
  // Baseline year and value go together.
  const pair = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: () =>
      (getFieldValue('baselineYear') == null) === (getFieldValue('baselineValue') == null)
        ? Promise.resolve()
        : Promise.reject(new Error(t('indicators.baselinePair'))),
  });

  return (
    <FormDialog
      width={720}
      title={t('indicators.editTitle')}
      submitLabel={t('common.save')}
      submitTestId="indicator-submit"
      submitting={save.isPending}
      error={save.isError && !errorOnFields ? save.error : null}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        name={`indicator-${indicator.id}`}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{
          name: indicator.name,
          numeratorDefinition: indicator.numeratorDefinition,
          denominatorDefinition: indicator.denominatorDefinition,
          bounded: indicator.bounded,
          areaGroupId: indicator.areas.id,
          numeratorSupplierId: indicator.numeratorSupplier?.id,
          denominatorSupplierId: indicator.denominatorSupplier?.id,
          sourceNote: indicator.sourceNote ?? '',
          baselineYear: indicator.baselineYear,
          baselineValue: indicator.baselineValue,
        }}
      >
        <Form.Item name="name" label={t('indicators.name')} rules={[required]}>
          <Input maxLength={300} data-testid="indicator-name" />
        </Form.Item>
        <Form.Item
          name="numeratorDefinition"
          label={t('indicators.numeratorDefinition')}
          rules={[required]}
        >
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="denominatorDefinition"
          label={t('indicators.denominatorDefinition')}
          rules={[required]}
        >
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item name="bounded" valuePropName="checked">
          <Checkbox>{t('indicators.bounded')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="areaGroupId"
          label={t('indicators.areas')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select<number> options={groups} data-testid="indicator-areas" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="numeratorSupplierId" label={t('indicators.numeratorSupplier')}>
              {unitSelect('indicator-numerator-supplier')}
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="denominatorSupplierId" label={t('indicators.denominatorSupplier')}>
              {unitSelect('indicator-denominator-supplier')}
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="sourceNote" label={t('indicators.sourceNoteLabel')}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="baselineYear"
              label={t('indicators.baselineYear')}
              dependencies={['baselineValue']}
              rules={[pair]}
            >
              <InputNumber<number>
                min={1990}
                max={2100}
                precision={0}
                style={{ width: '100%' }}
                data-testid="indicator-baseline-year"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="baselineValue"
              label={t('indicators.baselineValue')}
              dependencies={['baselineYear']}
              rules={[pair]}
            >
              <InputNumber<number>
                min={0}
                max={100}
                precision={2}
                step={0.01}
                decimalSeparator={i18n.language === 'en' ? '.' : ','}
                style={{ width: '100%' }}
                data-testid="indicator-baseline-value"
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDialog>
  );
}
