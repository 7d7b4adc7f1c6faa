import { Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftPlan, DraftProblem } from '@/types/api';
import { pickerValue, problemsAt } from '../utils/draft';
import { UnitSearchSelect } from './unit-search-select';

type TextField = 'title' | 'number' | 'symbol' | 'place';

const DOCUMENT_TYPES = ['PLAN', 'PROGRAMME', 'DIRECTIVE', 'DECISION'] as const;
const PLAN_STATUSES = ['DRAFT', 'ISSUED', 'ENDED'] as const;

export interface DraftHeaderProps {
  plan: DraftPlan;
  problems: readonly DraftProblem[];
  /** The name behind a unit key (issuer, coordinator). */
  nameOf: (key: string | null | undefined) => string | undefined;
  onChange: (change: Partial<DraftPlan>) => void;
  /** Sets the issuer or coordinator to an existing unit picked by search. */
  onPickUnit: (field: 'issuer' | 'coordinator', unit: { id: number; name: string }) => void;
}

/** The document's number, date, title and bodies; fields with a problem are marked. */
export function DraftHeader({ plan, problems, nameOf, onChange, onPickUnit }: DraftHeaderProps) {
  const { t } = useTranslation();
  const status = (field: string) => {
    const found = problemsAt(problems, field);
    return found.length > 0
      ? { validateStatus: 'error' as const, help: found.map((p) => p.message).join(' ') }
      : {};
  };
  const item = (field: string, label: string, control: ReactNode) => (
    <Form.Item label={label} {...status(field)} data-testid={`import-field-${field}`}>
      {control}
    </Form.Item>
  );
  const text = (field: TextField, label: string) =>
    item(
      field,
      label,
      <Input
        value={plan[field] ?? ''}
        aria-label={label}
        onChange={(event) => onChange({ [field]: event.target.value || null })}
      />,
    );
  const unit = (field: 'issuer' | 'coordinator', label: string) => {
    const flagged = problemsAt(problems, field).length > 0;
    return item(
      field,
      label,
      flagged ? (
        <UnitSearchSelect
          testId={`import-${field}-select`}
          value={pickerValue(plan[field], nameOf)}
          placeholder={nameOf(plan[field]) ?? label}
          onChange={(picked) => (picked ? onPickUnit(field, picked) : onChange({ [field]: null }))}
        />
      ) : (
        <Typography.Text data-testid={`import-${field}`}>
          {nameOf(plan[field]) ?? t('planImport.none')}
        </Typography.Text>
      ),
    );
  };
  return (
    <Card size="small" title={t('planImport.header')} data-testid="import-header">
      <Form layout="vertical" component="div">
        {text('title', t('planImport.title'))}
        <Row gutter={12}>
          <Col xs={12} md={6}>
            {text('number', t('planImport.number'))}
          </Col>
          <Col xs={12} md={6}>
            {text('symbol', t('planImport.symbol'))}
          </Col>
          <Col xs={12} md={6}>
            {text('place', t('planImport.place'))}
          </Col>
          <Col xs={12} md={6}>
            {item(
              'issueDate',
              t('planImport.issueDate'),
              <DatePicker
                format="DD/MM/YYYY"
                style={{ width: '100%' }}
                aria-label={t('planImport.issueDate')}
                value={plan.issueDate ? dayjs(plan.issueDate) : null}
                onChange={(date) =>
                  onChange(
                    date
                      ? { issueDate: date.format('YYYY-MM-DD'), issueYear: date.year() }
                      : { issueDate: null },
                  )
                }
              />,
            )}
          </Col>
          <Col xs={12} md={6}>
            {item(
              'issueYear',
              t('planImport.issueYear'),
              <InputNumber
                min={1900}
                max={2200}
                style={{ width: '100%' }}
                aria-label={t('planImport.issueYear')}
                value={plan.issueYear ?? null}
                onChange={(year) => onChange({ issueYear: year ?? null })}
              />,
            )}
          </Col>
          <Col xs={12} md={9}>
            {item(
              'documentType',
              t('planImport.documentType'),
              <Select
                aria-label={t('planImport.documentType')}
                value={plan.documentType ?? undefined}
                options={DOCUMENT_TYPES.map((type) => ({
                  value: type,
                  label: t(`plan.documentType.${type}`),
                }))}
                onChange={(documentType: string) => onChange({ documentType })}
              />,
            )}
          </Col>
          <Col xs={12} md={9}>
            {item(
              'status',
              t('planImport.status'),
              <Select
                aria-label={t('planImport.status')}
                value={plan.status ?? undefined}
                options={PLAN_STATUSES.map((status) => ({
                  value: status,
                  label: t(`plan.status.${status}`),
                }))}
                onChange={(status: string) => onChange({ status })}
              />,
            )}
          </Col>
          <Col xs={24} md={12}>
            {unit('issuer', t('planImport.issuer'))}
          </Col>
          <Col xs={24} md={12}>
            {unit('coordinator', t('planImport.coordinator'))}
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
