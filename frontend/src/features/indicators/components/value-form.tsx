import {
  Alert,
  Button,
  Col,
  Collapse,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Typography,
} from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { showFieldErrors } from '@/lib/form-errors';
import type { AreaValue, Indicator, IndicatorValueInput } from '@/types/api';
import { useSaveAreaValue } from '../api/save-area-value';
import {
  brokenRule,
  FIGURE_FIELDS,
  isWholeNumber,
  NUMERATOR_FIELDS,
  type FigureField,
  type Figures,
  type ValueAccess,
} from '../utils/indicator-rules';

const FIELDS = [...FIGURE_FIELDS, 'sourceNote'] as const;

type Values = Figures & { sourceNote?: string };

const TEST_IDS: Record<FigureField, string> = {
  numerator: 'value-numerator',
  denominator: 'value-denominator',
  femaleNumerator: 'value-female-numerator',
  femaleDenominator: 'value-female-denominator',
  minorityNumerator: 'value-minority-numerator',
  minorityDenominator: 'value-minority-denominator',
};

/** The wholes each part is checked against, so that changing a whole re-checks its parts. */
const WHOLES: Record<FigureField, FigureField[]> = {
  numerator: ['denominator'],
  denominator: [],
  femaleNumerator: ['femaleDenominator', 'numerator'],
  femaleDenominator: ['denominator'],
  minorityNumerator: ['minorityDenominator', 'numerator'],
  minorityDenominator: ['denominator'],
};

export interface ValueFormProps {
  indicator: Pick<Indicator, 'id' | 'bounded'>;
  /** The area and year, with the figures given so far (nulls when none). */
  area: AreaValue;
  access: ValueAccess;
  /** After a successful save (the series and values are refetched). */
  onSaved?: () => void;
  /** A tighter layout, for the annual report. */
  compact?: boolean;
}

/**
 * An area's figures for a year: numerator and denominator, an optional breakdown by sex and
 * ethnic minority, and a source note. Checks what the server checks (whole numbers from 0, a part
 * never above its whole); an office supplying one part only gets that part's inputs.
 */
export function ValueForm({ indicator, area, access, onSaved, compact = false }: ValueFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveAreaValue(indicator.id);
  const [errorOnFields, setErrorOnFields] = useState(false);
  const [saved, setSaved] = useState(false);
  const both = access.numerator && access.denominator;
  const readOnly = !access.numerator && !access.denominator;
  const editable = (field: FigureField) =>
    NUMERATOR_FIELDS.includes(field) ? access.numerator : access.denominator;

  const labels: Record<FigureField, string> = {
    numerator: t('indicators.numerator'),
    denominator: t('indicators.denominator'),
    femaleNumerator: t('indicators.femaleNumerator'),
    femaleDenominator: t('indicators.femaleDenominator'),
    minorityNumerator: t('indicators.minorityNumerator'),
    minorityDenominator: t('indicators.minorityDenominator'),
  };

  const rules = (field: FigureField): Rule[] => [
    {
      required: editable(field) && (field === 'numerator' || field === 'denominator'),
      message: t('common.required'),
    },
    {
      validator: (_, value: unknown) =>
        value == null || isWholeNumber(value)
          ? Promise.resolve()
          : Promise.reject(new Error(t('indicators.wholeNumber'))),
    },
    ({ getFieldsValue }) => ({
      validator: () => {
        const values = getFieldsValue(true) as Values;
        const broken = brokenRule(field, values, indicator.bounded);
        return broken
          ? Promise.reject(
              new Error(
                t('indicators.partAboveWhole', {
                  part: labels[broken.part],
                  whole: labels[broken.whole].toLocaleLowerCase('vi'),
                  value: values[broken.whole],
                }),
              ),
            )
          : Promise.resolve();
      },
    }),
  ];

  const figure = (field: FigureField) => (
    <Form.Item
      name={field}
      label={labels[field]}
      rules={rules(field)}
      dependencies={WHOLES[field]}
      style={compact ? { marginBottom: 8 } : undefined}
    >
      <InputNumber<number>
        min={0}
        precision={0}
        step={1}
        disabled={!editable(field)}
        style={{ width: '100%' }}
        data-testid={TEST_IDS[field]}
      />
    </Form.Item>
  );

  const submit = (values: Values) => {
    const body: IndicatorValueInput = {};
    for (const field of FIGURE_FIELDS) {
      const value = values[field];
      if (editable(field) && value != null) body[field] = value;
    }
    const note = values.sourceNote?.trim() ?? '';
    if (both || note !== (area.sourceNote ?? '')) body.sourceNote = note;
    if (area.version != null) body.version = area.version;
    setSaved(false);
    save.mutate(
      { unitId: area.unit.id, year: area.year, body },
      {
        onSuccess: () => {
          setErrorOnFields(false);
          setSaved(true);
          onSaved?.();
        },
        onError: (e) => setErrorOnFields(showFieldErrors(form, FIELDS, e)),
      },
    );
  };

  const hasBreakdown = [
    area.femaleNumerator,
    area.femaleDenominator,
    area.minorityNumerator,
    area.minorityDenominator,
  ].some((v) => v != null);

  return (
    <Form<Values>
      form={form}
      name={`value-${indicator.id}-${area.unit.id}-${area.year}`}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      disabled={readOnly}
      data-testid="value-form"
      initialValues={{
        numerator: area.numerator,
        denominator: area.denominator,
        femaleNumerator: area.femaleNumerator,
        femaleDenominator: area.femaleDenominator,
        minorityNumerator: area.minorityNumerator,
        minorityDenominator: area.minorityDenominator,
        sourceNote: area.sourceNote ?? '',
      }}
    >
      {!both && !readOnly && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="value-supplier-only"
          title={t('indicators.supplierOnly', {
            part: t(`indicators.part.${access.numerator ? 'numerator' : 'denominator'}`),
          })}
        />
      )}
      {save.isError && !errorOnFields && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={save.error} />
        </div>
      )}
      <Row gutter={12}>
        <Col span={12}>{figure('numerator')}</Col>
        <Col span={12}>{figure('denominator')}</Col>
      </Row>
      <Collapse
        size="small"
        ghost={compact}
        style={{ marginBottom: 12 }}
        defaultActiveKey={hasBreakdown ? ['breakdown'] : []}
        items={[
          {
            key: 'breakdown',
            label: t('indicators.breakdown'),
            forceRender: true,
            children: (
              <Row gutter={12}>
                {(['female', 'minority'] as const).flatMap((group) =>
                  [`${group}Numerator`, `${group}Denominator`].map((field) => (
                    <Col span={12} key={field}>
                      {figure(field as FigureField)}
                    </Col>
                  )),
                )}
              </Row>
            ),
          },
        ]}
      />
      <Form.Item
        name="sourceNote"
        label={t('indicators.sourceNote')}
        style={compact ? { marginBottom: 8 } : undefined}
      >
        <Input.TextArea rows={compact ? 1 : 2} maxLength={1000} data-testid="value-source-note" />
      </Form.Item>
      {!readOnly && (
        <Flex gap={12} align="center">
          <Button
            type="primary"
            htmlType="submit"
            loading={save.isPending}
            data-testid="value-submit"
          >
            {t('indicators.saveValues')}
          </Button>
          {saved && (
            <Typography.Text type="success" data-testid="value-saved">
              {t('indicators.saved')}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Form>
  );
}
