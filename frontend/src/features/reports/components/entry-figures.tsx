import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import {
  MAX_FIGURE_LABEL,
  MAX_FIGURE_UNIT,
  MAX_FIGURES,
  figureValueProblem,
} from '../utils/figures';
import type { FigureValues } from '../utils/report-draft';

const EMPTY_FIGURE: FigureValues = { label: '', value: null, unit: '' };

const PROBLEM_KEYS = {
  negative: 'reports.figureNegative',
  decimals: 'reports.figureDecimals',
  tooLarge: 'reports.figureTooLarge',
} as const;

/** An entry's optional figures (số liệu): rows of label, value and unit, added and removed. */
export function EntryFigures({ index }: { index: number }) {
  const { t, i18n } = useTranslation();
  const checkValue = (_: RuleObject, value: number | null | undefined) => {
    const problem = value == null ? undefined : figureValueProblem(value);
    return problem ? Promise.reject(new Error(t(PROBLEM_KEYS[problem]))) : Promise.resolve();
  };
  const labelText = t('reports.figureLabel');
  const valueText = t('reports.figureValue');
  const unitText = t('reports.figureUnit');
  return (
    <Form.Item label={t('reports.figuresOptional')} style={{ marginBottom: 12 }}>
      <Form.List name={['entries', index, 'figures']}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} data-testid="entry-figures">
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="start" data-testid="figure-row">
                <Form.Item
                  name={[field.name, 'label']}
                  rules={[
                    { required: true, whitespace: true, message: t('common.required') },
                    {
                      max: MAX_FIGURE_LABEL,
                      message: t('reports.figureLabelTooLong', { max: MAX_FIGURE_LABEL }),
                    },
                  ]}
                  style={{ flex: '3 1 180px', marginBottom: 0 }}
                >
                  <Input
                    placeholder={labelText}
                    aria-label={labelText}
                    data-testid="figure-label"
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'value']}
                  rules={[
                    { required: true, message: t('common.required') },
                    { validator: checkValue },
                  ]}
                  style={{ flex: '1 1 110px', marginBottom: 0 }}
                >
                  <InputNumber
                    placeholder={valueText}
                    aria-label={valueText}
                    decimalSeparator={i18n.language === 'en' ? '.' : ','}
                    inputMode="decimal"
                    style={{ width: '100%' }}
                    data-testid="figure-value"
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'unit']}
                  rules={[
                    {
                      max: MAX_FIGURE_UNIT,
                      message: t('reports.figureUnitTooLong', { max: MAX_FIGURE_UNIT }),
                    },
                  ]}
                  style={{ flex: '1 1 90px', marginBottom: 0 }}
                >
                  <Input placeholder={unitText} aria-label={unitText} data-testid="figure-unit" />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('reports.removeFigure')}
                  title={t('reports.removeFigure')}
                  onClick={() => remove(field.name)}
                  data-testid="remove-figure"
                />
              </Flex>
            ))}
            <Flex gap={8} wrap align="center">
              <Button
                size="small"
                icon={<PlusOutlined />}
                disabled={fields.length >= MAX_FIGURES}
                onClick={() => add({ ...EMPTY_FIGURE })}
                data-testid="add-figure"
              >
                {t('reports.addFigure')}
              </Button>
              {fields.length >= MAX_FIGURES && (
                <Typography.Text type="secondary">
                  {t('reports.figureMax', { max: MAX_FIGURES })}
                </Typography.Text>
              )}
            </Flex>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
