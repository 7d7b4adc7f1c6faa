import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Popconfirm,
  Radio,
  Row,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { ApiError } from '@/lib/api/problem';
import type { Consolidated } from '@/types/api';
import { useCompileConsolidated } from '../api/compile-consolidated';
import { useSaveConsolidated } from '../api/save-consolidated';
import {
  clearConsolidatedDraft,
  consolidatedValues,
  EMPTY_SECTION,
  loadConsolidatedDraft,
  storeConsolidatedDraft,
  toConsolidatedUpdate,
  type ConsolidatedValues,
  type SectionValues,
} from '../utils/consolidated-draft';
import { DraftRestoredAlert } from './draft-restored-alert';
import { FinaliseConsolidatedDialog } from './finalise-consolidated-dialog';

const LEVELS = [1, 2] as const;

/** The sections: level, heading and text each; added, removed and moved by the coordinator. */
function SectionsEditor() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ConsolidatedValues>();
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Form.List name="sections">
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={8} data-testid="consolidated-sections">
          {fields.map((field, index) => {
            const section = form.getFieldValue(['sections', field.name]) as
              SectionValues | undefined;
            return (
              <Card
                key={field.key}
                size="small"
                title={`${index + 1}.`}
                data-testid="section-editor"
                extra={
                  <Flex gap={4}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowUpOutlined />}
                      aria-label={t('consolidated.moveUp')}
                      title={t('consolidated.moveUp')}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                      data-testid="move-section-up"
                    />
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('consolidated.moveDown')}
                      title={t('consolidated.moveDown')}
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                      data-testid="move-section-down"
                    />
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('consolidated.removeSection')}
                      title={t('consolidated.removeSection')}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                      data-testid="remove-section"
                    />
                  </Flex>
                }
              >
                <Form.Item name={[field.name, 'level']} label={t('consolidated.level')}>
                  <Radio.Group
                    optionType="button"
                    size="small"
                    options={LEVELS.map((level) => ({
                      value: level,
                      label: t(`consolidated.levelValue.${level}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'heading']}
                  label={t('consolidated.sectionHeading')}
                  rules={[required]}
                >
                  <Input maxLength={2000} data-testid="section-heading" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'body']}
                  label={t('consolidated.sectionBody')}
                  style={{ marginBottom: section?.complianceTable ? 8 : 0 }}
                >
                  <Input.TextArea autoSize={{ minRows: 3 }} data-testid="section-body" />
                </Form.Item>
                {section?.complianceTable && (
                  <Alert
                    type="info"
                    showIcon
                    title={t('consolidated.complianceTableNote')}
                    data-testid="compliance-table-note"
                  />
                )}
              </Card>
            );
          })}
          <div>
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => add({ ...EMPTY_SECTION })}
              data-testid="add-section"
            >
              {t('consolidated.addSection')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}

export interface ConsolidatedEditorProps {
  report: Consolidated;
  /** Fetches the report again (after 409 STALE_VERSION); unsaved edits stay on this device. */
  onReload: () => void;
}

type Notice = 'saved' | 'compiled' | undefined;

/**
 * The coordinator's editor of a draft: header, recipients, signature and sections. Edits are kept
 * in localStorage per period until saved; "Tổng hợp lại" rewrites the sections from the latest
 * unit reports; "Ban hành" numbers and freezes it.
 */
export function ConsolidatedEditor({ report, onReload }: ConsolidatedEditorProps) {
  const { t } = useTranslation();
  const periodId = report.periodId;
  const [form] = Form.useForm<ConsolidatedValues>();
  const [restored, setRestored] = useState(() => loadConsolidatedDraft(periodId));
  const [initialValues] = useState<ConsolidatedValues>(
    () => restored?.values ?? consolidatedValues(report),
  );
  const [dirty, setDirty] = useState(Boolean(restored));
  const [notice, setNotice] = useState<Notice>();
  const [finalising, setFinalising] = useState(false);
  const save = useSaveConsolidated(periodId);
  const compile = useCompileConsolidated(periodId);

  const reset = (next: Consolidated, done: Notice) => {
    form.setFieldsValue(consolidatedValues(next));
    clearConsolidatedDraft(periodId);
    setRestored(undefined);
    setDirty(false);
    setNotice(done);
  };
  const onSave = () =>
    form
      .validateFields()
      .then(() => {
        const values = form.getFieldsValue(true) as ConsolidatedValues;
        save.mutate(toConsolidatedUpdate(values, report.version), {
          onSuccess: (saved) => reset(saved, 'saved'),
        });
      })
      .catch(() => undefined);
  const onCompile = () =>
    compile.mutate(undefined, { onSuccess: (compiled) => reset(compiled, 'compiled') });
  const discard = () => reset(report, undefined);

  const error = save.error ?? compile.error;
  const stale = error instanceof ApiError && error.code === 'STALE_VERSION';
  const busy = save.isPending || compile.isPending;
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <>
      <Form<ConsolidatedValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={() => {
          storeConsolidatedDraft(periodId, {
            version: report.version,
            values: form.getFieldsValue(true) as ConsolidatedValues,
          });
          setDirty(true);
          setNotice(undefined);
        }}
        data-testid="consolidated-editor"
      >
        {restored && <DraftRestoredAlert onDiscard={discard} />}
        {notice && !dirty && (
          <Alert
            type="success"
            showIcon
            title={t(`consolidated.${notice}`)}
            style={{ marginBottom: 12 }}
            data-testid="consolidated-notice"
          />
        )}
        {error && (
          <div style={{ marginBottom: 12 }}>
            <ErrorAlert error={error} />
            {stale && (
              <Button size="small" style={{ marginTop: 8 }} onClick={onReload} data-testid="reload">
                {t('reports.reload')}
              </Button>
            )}
          </div>
        )}
        <Card size="small" title={t('consolidated.header')} style={{ marginBottom: 12 }}>
          <Form.Item name="title" label={t('consolidated.title')} rules={[required]}>
            <Input.TextArea
              autoSize={{ minRows: 1 }}
              maxLength={1000}
              data-testid="consolidated-title-input"
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item name="place" label={t('consolidated.place')} rules={[required]}>
                <Input maxLength={100} data-testid="consolidated-place" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="symbol" label={t('consolidated.symbol')} rules={[required]}>
                <Input maxLength={50} data-testid="consolidated-symbol" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Typography.Title level={5}>{t('consolidated.sections')}</Typography.Title>
        <SectionsEditor />
        <Card size="small" title={t('consolidated.signature')} style={{ marginTop: 12 }}>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item name="onBehalfOf" label={t('consolidated.onBehalfOf')}>
                <Input maxLength={200} data-testid="consolidated-on-behalf-of" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="signingFor" label={t('consolidated.signingFor')}>
                <Input maxLength={200} data-testid="consolidated-signing-for" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="signerTitle" label={t('consolidated.signerTitle')}>
                <Input maxLength={200} data-testid="consolidated-signer-title" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="signerName" label={t('consolidated.signerName')}>
                <Input maxLength={200} data-testid="consolidated-signer-name" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="recipients"
            label={t('consolidated.recipients')}
            extra={t('consolidated.recipientsHelp')}
            style={{ marginBottom: 0 }}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} data-testid="consolidated-recipients-input" />
          </Form.Item>
        </Card>
        <Flex
          gap={8}
          wrap
          align="center"
          style={{
            position: 'sticky',
            bottom: 0,
            background: '#fff',
            padding: '12px 0',
            marginTop: 12,
            zIndex: 1,
          }}
        >
          <Button
            type="primary"
            onClick={onSave}
            loading={save.isPending}
            disabled={busy}
            data-testid="save-consolidated"
          >
            {t('consolidated.save')}
          </Button>
          <Popconfirm
            title={t('consolidated.recompileConfirm')}
            okText={t('consolidated.recompile')}
            cancelText={t('common.cancel')}
            onConfirm={onCompile}
          >
            <Button
              loading={compile.isPending}
              disabled={busy}
              data-testid="recompile-consolidated"
            >
              {t('consolidated.recompile')}
            </Button>
          </Popconfirm>
          <Tooltip title={dirty ? t('consolidated.finaliseSaveFirst') : undefined}>
            <Button
              disabled={busy || dirty}
              onClick={() => setFinalising(true)}
              data-testid="finalise-consolidated"
            >
              {t('consolidated.finalise')}
            </Button>
          </Tooltip>
          {dirty && <Tag color="gold">{t('reports.unsaved')}</Tag>}
        </Flex>
      </Form>
      {finalising && (
        <FinaliseConsolidatedDialog
          report={report}
          onClose={() => setFinalising(false)}
          onFinalised={() => {
            clearConsolidatedDraft(periodId);
            setFinalising(false);
          }}
        />
      )}
    </>
  );
}
