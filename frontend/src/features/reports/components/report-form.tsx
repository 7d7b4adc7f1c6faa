import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Popconfirm, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { RichText } from '@/components/ui/rich-text';
import { ApiError } from '@/lib/api/problem';
import { PROGRESS_VALUES, type Report, type ReportEntry } from '@/types/api';
import { useSaveReport } from '../api/save-report';
import { useSaveAndSubmitReport } from '../api/submit-report';
import { MAX_RESULTS_HTML } from '../utils/figures';
import {
  clearDraft,
  isHandled,
  loadDraft,
  mergeDraft,
  storeDraft,
  toEntryInputs,
  type EntryValues,
  type ObstacleValues,
} from '../utils/report-draft';
import { DraftRestoredAlert } from './draft-restored-alert';
import { EntryEvidence } from './entry-evidence';
import { EntryFigures } from './entry-figures';
import { ObstacleDetails } from './obstacle-details';
import { EntryTitle } from './report-entries';

interface Values {
  entries: EntryValues[];
}

const EMPTY_OBSTACLE: ObstacleValues = { description: '', proposal: '' };

/**
 * An entry's obstacles: description and proposal each, added and removed by the unit; those the
 * coordinator has handled are shown read only with their status, owner and response.
 */
function EntryObstacles({ entry, index }: { entry: ReportEntry; index: number }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const saved = new Map(entry.obstacles.map((o) => [o.id, o]));
  return (
    <Form.Item label={t('reports.obstacles')} style={{ marginBottom: 0 }}>
      <Form.List name={['entries', index, 'obstacles']}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} data-testid="entry-obstacles">
            {fields.map((field) => {
              const id = (
                form.getFieldValue(['entries', index, 'obstacles', field.name]) as
                  ObstacleValues | undefined
              )?.id;
              const handled = id != null ? saved.get(id) : undefined;
              if (handled && isHandled(handled))
                return (
                  <Card
                    key={field.key}
                    size="small"
                    type="inner"
                    title={
                      <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                        {t('reports.obstacleHandled')}
                      </Typography.Text>
                    }
                    data-testid="obstacle-handled"
                  >
                    <ObstacleDetails obstacle={handled} />
                  </Card>
                );
              return (
                <Card
                  key={field.key}
                  size="small"
                  type="inner"
                  data-testid="obstacle-editor"
                  extra={
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('reports.removeObstacle')}
                      title={t('reports.removeObstacle')}
                      onClick={() => remove(field.name)}
                      data-testid="remove-obstacle"
                    />
                  }
                >
                  <Form.Item
                    name={[field.name, 'description']}
                    label={t('reports.obstacleDescription')}
                    rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 2 }}
                      maxLength={5000}
                      data-testid="entry-obstacle-description"
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'proposal']}
                    label={t('reports.obstacleProposal')}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 1 }}
                      maxLength={5000}
                      data-testid="entry-obstacle-proposal"
                    />
                  </Form.Item>
                </Card>
              );
            })}
            <div>
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => add({ ...EMPTY_OBSTACLE })}
                data-testid="add-obstacle"
              >
                {t('reports.addObstacle')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

export interface ReportFormProps {
  report: Report;
  /** Fetches the report again (after 409 STALE_VERSION); unsaved edits stay on this device. */
  onReload: () => void;
}

/**
 * The unit officer's form: progress, results (rich text), figures and obstacles per task. Edits
 * are kept in localStorage until saved, so a reload does not lose them. The form keeps its values
 * when the report is refetched: what the officer typed wins over the server's copy. Evidence files
 * are not part of the draft: they are attached and removed at once, and listed from the server's
 * copy.
 */
export function ReportForm({ report, onReload }: ReportFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [restored, setRestored] = useState(() => loadDraft(report.id));
  const [initialValues] = useState<Values>(() => ({
    entries: mergeDraft(report.entries, restored),
  }));
  const [dirty, setDirty] = useState(Boolean(restored));
  const [saved, setSaved] = useState(false);
  const save = useSaveReport(report.id);
  const submit = useSaveAndSubmitReport(report.id, () => clearDraft(report.id));

  const update = () => {
    const values = form.getFieldsValue(true) as Values;
    return { entries: toEntryInputs(values.entries), version: report.version };
  };
  // Results and figures are checked before saving a draft too: the server refuses the whole save
  // otherwise. (Blank new obstacles are dropped instead.)
  const savable = () =>
    form
      .validateFields(
        report.entries.flatMap((_, index) => [
          ['entries', index, 'results'],
          ['entries', index, 'figures'],
        ]),
        { recursive: true },
      )
      .then(
        () => true,
        () => false,
      );
  const onSave = async () => {
    if (!(await savable())) return;
    save.mutate(update(), {
      onSuccess: (savedReport) => {
        // New obstacles now have ids, which the next save must send to keep them.
        form.setFieldsValue({ entries: mergeDraft(savedReport.entries, undefined) });
        clearDraft(report.id);
        setRestored(undefined);
        setDirty(false);
        setSaved(true);
      },
    });
  };
  const onSubmit = () => submit.mutateAsync(update()).catch(() => undefined);
  const discard = () => {
    clearDraft(report.id);
    setRestored(undefined);
    setDirty(false);
    form.setFieldsValue({ entries: mergeDraft(report.entries, undefined) });
  };

  const checkResults = (_: unknown, html: string | undefined) =>
    (html ?? '').length > MAX_RESULTS_HTML
      ? Promise.reject(new Error(t('reports.resultsTooLong')))
      : Promise.resolve();

  const error = save.error ?? submit.error;
  const stale = error instanceof ApiError && error.code === 'STALE_VERSION';
  const busy = save.isPending || submit.isPending;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={() => {
        storeDraft(report.id, {
          version: report.version,
          entries: (form.getFieldsValue(true) as Values).entries,
        });
        setDirty(true);
        setSaved(false);
      }}
      data-testid="report-form"
    >
      {restored && <DraftRestoredAlert onDiscard={discard} />}
      {saved && !dirty && (
        <Alert
          type="success"
          showIcon
          title={t('reports.saved')}
          style={{ marginBottom: 12 }}
          data-testid="report-saved"
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
      {report.entries.length === 0 && (
        <Typography.Text type="secondary">{t('reports.noEntries')}</Typography.Text>
      )}
      <Flex vertical gap={12}>
        {report.entries.map((entry, index) => (
          <Card
            key={entry.taskId}
            size="small"
            title={<EntryTitle entry={entry} />}
            data-testid={`entry-${entry.taskCode}`}
          >
            <Form.Item
              name={['entries', index, 'progress']}
              label={t('reports.progress')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                data-testid="entry-progress"
                options={PROGRESS_VALUES.map((value) => ({
                  value,
                  label: t(`reports.progressValue.${value}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name={['entries', index, 'results']}
              label={t('reports.results')}
              rules={[{ validator: checkResults }]}
            >
              <RichText
                ariaLabel={t('reports.resultsOf', { code: entry.taskCode })}
                testId="entry-results"
              />
            </Form.Item>
            <EntryFigures index={index} />
            <EntryObstacles entry={entry} index={index} />
            <EntryEvidence reportId={report.id} entry={entry} />
          </Card>
        ))}
      </Flex>
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
          onClick={() => void onSave()}
          loading={save.isPending}
          disabled={busy}
          data-testid="save-draft"
        >
          {t('reports.saveDraft')}
        </Button>
        <Popconfirm
          title={t('reports.submitConfirm')}
          okText={t('reports.submit')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            form
              .validateFields()
              .then(onSubmit)
              .catch(() => undefined)
          }
        >
          <Button
            type="primary"
            loading={submit.isPending}
            disabled={busy}
            data-testid="submit-report"
          >
            {t('reports.submit')}
          </Button>
        </Popconfirm>
        {dirty && <Tag color="gold">{t('reports.unsaved')}</Tag>}
      </Flex>
    </Form>
  );
}
