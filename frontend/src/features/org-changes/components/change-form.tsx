import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHANGE_KINDS } from '@/types/api';
import type { ChangeFormValues } from '../utils/change-input';
import type { UnitPicker } from './unit-picker';

/** Suggestions only: the server says which document types it accepts. */
const DOCUMENT_TYPES = ['NQ', 'QĐ', 'NĐ', 'L', 'TT', 'KH', 'CT', 'CV', 'TB'];

export interface ChangeFormProps {
  form: FormInstance<ChangeFormValues>;
  initialValues: ChangeFormValues;
  onFinish: (values: ChangeFormValues) => void;
  UnitPicker: UnitPicker;
}

/** Step 1: kind, effective date, legal basis, and the units before and after. */
export function ChangeForm({ form, initialValues, onFinish, UnitPicker }: ChangeFormProps) {
  const { t } = useTranslation();
  const kind = Form.useWatch('kind', form) ?? initialValues.kind;
  // Units close on the eve of the change and open on its day: offer them as they were then.
  const effective = Form.useWatch('effectiveDate', form);
  const onEve = effective?.subtract(1, 'day').format('YYYY-MM-DD');
  const onDay = effective?.format('YYYY-MM-DD');
  const required = { required: true, message: t('common.required') };
  const date = (
    <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
  );
  return (
    <Form<ChangeFormValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={initialValues}
      onFinish={onFinish}
      data-testid="org-change-form"
    >
      <Row gutter={16}>
        <Col xs={24} md={12} data-testid="org-change-kind">
          <Form.Item
            name="kind"
            label={t('orgChanges.kindLabel')}
            rules={[required]}
            extra={t(`orgChanges.kindHelp.${kind}`)}
          >
            <Select
              aria-label={t('orgChanges.kindLabel')}
              options={CHANGE_KINDS.map((value) => ({
                value,
                label: t(`orgChanges.kind.${value}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} data-testid="org-change-effective">
          <Form.Item name="effectiveDate" label={t('orgChanges.effectiveDate')} rules={[required]}>
            {date}
          </Form.Item>
        </Col>
      </Row>

      <Typography.Title level={5}>{t('orgChanges.basis')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item
            name="documentType"
            label={t('orgChanges.documentType')}
            rules={[{ ...required, whitespace: true }]}
            tooltip={t('orgChanges.documentTypeHelp')}
          >
            <AutoComplete
              options={DOCUMENT_TYPES.map((value) => ({ value }))}
              aria-label={t('orgChanges.documentType')}
              maxLength={10}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item
            name="number"
            label={t('orgChanges.number')}
            rules={[{ ...required, whitespace: true }]}
          >
            <Input maxLength={60} placeholder="1677/NQ-UBTVQH15" />
          </Form.Item>
        </Col>
        <Col xs={24} md={9} data-testid="org-change-issue-date">
          <Form.Item name="issueDate" label={t('orgChanges.issueDate')} rules={[required]}>
            {date}
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="issuer"
            label={t('orgChanges.issuer')}
            rules={[{ ...required, whitespace: true }]}
          >
            <Input maxLength={255} placeholder="Ủy ban Thường vụ Quốc hội" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="title" label={t('orgChanges.basisTitle')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>

      <Typography.Title level={5}>{t('orgChanges.predecessors')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('orgChanges.predecessorsHelp')}
      </Typography.Paragraph>
      <Form.List name="predecessorIds">
        {(fields, { add, remove }) => (
          <div data-testid="org-change-predecessors">
            {fields.map((field, index) => (
              <Form.Item key={field.key} style={{ marginBottom: 8 }}>
                <div style={{ display: 'flex', gap: 8 }} data-testid={`predecessor-${index}`}>
                  <Form.Item name={field.name} noStyle>
                    <UnitPicker
                      placeholder={`${t('orgChanges.pickUnit')} (${index + 1})`}
                      asOf={onEve}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('orgChanges.remove')}
                    onClick={() => remove(field.name)}
                  />
                </div>
              </Form.Item>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
              {t('orgChanges.addPredecessor')}
            </Button>
          </div>
        )}
      </Form.List>

      <Typography.Title level={5}>{t('orgChanges.successors')}</Typography.Title>
      <Typography.Text strong>{t('orgChanges.newUnits')}</Typography.Text>
      <Form.List name="newUnits">
        {(fields, { add, remove }) => (
          <div data-testid="org-change-new-units" style={{ marginTop: 8 }}>
            {fields.map((field, index) => (
              <Row gutter={8} key={field.key} data-testid={`new-unit-${index}`} align="top">
                <Col xs={24} md={9}>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('orgChanges.newUnitName')}
                    rules={[{ ...required, whitespace: true }]}
                  >
                    <Input maxLength={255} data-testid={`new-unit-name-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={5}>
                  <Form.Item
                    name={[field.name, 'shortName']}
                    label={t('orgChanges.newUnitShortName')}
                  >
                    <Input maxLength={120} data-testid={`new-unit-short-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={8} data-testid={`new-unit-parent-${index}`}>
                  <Form.Item name={[field.name, 'parentId']} label={t('orgChanges.newUnitParent')}>
                    <UnitPicker placeholder={t('orgChanges.pickUnit')} asOf={onDay} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <Form.Item label=" ">
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('orgChanges.remove')}
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({})}
              style={{ marginBottom: 16 }}
              data-testid="add-new-unit"
            >
              {t('orgChanges.addNewUnit')}
            </Button>
          </div>
        )}
      </Form.List>

      <div>
        <Typography.Text strong>{t('orgChanges.existingSuccessors')}</Typography.Text>
      </div>
      <Form.List name="successorIds">
        {(fields, { add, remove }) => (
          <div data-testid="org-change-successors" style={{ marginTop: 8 }}>
            {fields.map((field, index) => (
              <Form.Item key={field.key} style={{ marginBottom: 8 }}>
                <div style={{ display: 'flex', gap: 8 }} data-testid={`successor-${index}`}>
                  <Form.Item name={field.name} noStyle>
                    <UnitPicker
                      placeholder={`${t('orgChanges.pickUnit')} (${index + 1})`}
                      asOf={onDay}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('orgChanges.remove')}
                    onClick={() => remove(field.name)}
                  />
                </div>
              </Form.Item>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
              {t('orgChanges.addExistingSuccessor')}
            </Button>
          </div>
        )}
      </Form.List>

      <Form.Item name="note" label={t('orgChanges.note')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </Form>
  );
}
