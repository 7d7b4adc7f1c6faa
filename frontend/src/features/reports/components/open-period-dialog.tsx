import { DatePicker, Form, Input, InputNumber, Radio, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/form-dialog';
import { showFieldErrors } from '@/lib/form-errors';
import type { PeriodInput, PeriodKind, TaskNode, UnitNode } from '@/types/api';
import { matchesVietnamese } from '@/utils/text';
import { useCreatePeriod } from '../api/create-period';

const KINDS: readonly PeriodKind[] = ['ANNUAL', 'AD_HOC', 'REVIEW'];
const FIELDS = [
  'kind',
  'year',
  'title',
  'windowStart',
  'windowEnd',
  'dueDate',
  'taskIds',
  'unitIds',
] as const;
/** How much of a task's text a scope option shows after its code. */
const TASK_TEXT_LENGTH = 90;
const ISO = 'YYYY-MM-DD';
const DATE_FORMAT = 'DD/MM/YYYY';

interface Values {
  kind: PeriodKind;
  year?: number;
  title?: string;
  window?: [Dayjs, Dayjs];
  dueDate?: Dayjs;
  taskIds?: number[];
  unitIds?: number[];
}

/** What an ad hoc or review period may be limited to: the plan's tasks and the units. */
export interface PeriodScopeOptions {
  tasks: TaskNode[];
  units: UnitNode[];
}

interface ScopeOption {
  value: number;
  title: string;
  children: ScopeOption[];
}

function taskOptions(nodes: TaskNode[]): ScopeOption[] {
  return nodes.map((task) => ({
    value: task.id,
    title: `${task.code} ${
      task.text.length > TASK_TEXT_LENGTH ? `${task.text.slice(0, TASK_TEXT_LENGTH)}…` : task.text
    }`,
    children: taskOptions(task.children),
  }));
}

function unitOptions(nodes: UnitNode[]): ScopeOption[] {
  return nodes.map((unit) => ({
    value: unit.id,
    title: unit.name,
    children: unitOptions(unit.children),
  }));
}

/** The ids, or undefined when none are chosen (the period then asks for all). */
const nonEmpty = (ids: number[] | undefined) => (ids && ids.length > 0 ? ids : undefined);

function toInput(values: Values): PeriodInput {
  if (values.kind === 'ANNUAL') return { kind: 'ANNUAL', year: values.year };
  return {
    kind: values.kind,
    title: values.title?.trim(),
    windowStart: values.window?.[0].format(ISO),
    windowEnd: values.window?.[1].format(ISO),
    dueDate: values.dueDate?.format(ISO),
    taskIds: nonEmpty(values.taskIds),
    unitIds: nonEmpty(values.unitIds),
  };
}

export interface OpenPeriodDialogProps {
  planId: number;
  /** The tasks and units an ad hoc or review period may be limited to; none offered when absent. */
  scope?: PeriodScopeOptions;
  onClose: () => void;
}

/**
 * "Mở kỳ báo cáo": an annual period by year, or an ad hoc or review one with its dates and,
 * optionally, the tasks and units it asks for.
 */
export function OpenPeriodDialog({ planId, scope, onClose }: OpenPeriodDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'ANNUAL';
  const create = useCreatePeriod(planId);
  const [errorOnFields, setErrorOnFields] = useState(false);

  const submit = (values: Values) =>
    create.mutate(toInput(values), {
      onSuccess: onClose,
      onError: (e) => setErrorOnFields(showFieldErrors(form, FIELDS, e)),
    });

  const required = { required: true, message: t('common.required') };
  return (
    <FormDialog
      title={t('reports.openPeriod')}
      submitLabel={t('reports.openPeriod')}
      submitTestId="open-period-submit"
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
        initialValues={{ kind: 'ANNUAL', year: dayjs().year() }}
      >
        <Form.Item name="kind" label={t('reports.kindLabel')} rules={[required]}>
          <Radio.Group
            data-testid="period-kind"
            options={KINDS.map((value) => ({ value, label: t(`reports.kind.${value}`) }))}
          />
        </Form.Item>
        {kind === 'ANNUAL' ? (
          <Form.Item
            name="year"
            label={t('reports.year')}
            extra={t('reports.annualHelp')}
            rules={[required]}
          >
            <InputNumber
              min={2000}
              max={2100}
              style={{ width: '100%' }}
              data-testid="period-year"
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="title"
              label={t('reports.title')}
              rules={[{ ...required, whitespace: true }]}
            >
              <Input maxLength={200} data-testid="period-title" />
            </Form.Item>
            <Form.Item name="window" label={t('reports.window')} rules={[required]}>
              <DatePicker.RangePicker
                format={DATE_FORMAT}
                inputReadOnly
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item name="dueDate" label={t('reports.dueDate')} rules={[required]}>
              <DatePicker format={DATE_FORMAT} inputReadOnly style={{ width: '100%' }} />
            </Form.Item>
            {scope && (
              <>
                <Form.Item
                  name="taskIds"
                  label={t('reports.scopeTasks')}
                  extra={t('reports.scopeTasksHelp')}
                >
                  <TreeSelect
                    multiple
                    allowClear
                    virtual={false}
                    treeData={taskOptions(scope.tasks)}
                    placeholder={t('reports.scopeAll')}
                    showSearch={{
                      filterTreeNode: (input, node) => matchesVietnamese(input, String(node.title)),
                    }}
                    data-testid="period-task-ids"
                  />
                </Form.Item>
                <Form.Item
                  name="unitIds"
                  label={t('reports.scopeUnits')}
                  extra={t('reports.scopeUnitsHelp')}
                >
                  <TreeSelect
                    multiple
                    allowClear
                    virtual={false}
                    treeData={unitOptions(scope.units)}
                    placeholder={t('reports.scopeAll')}
                    showSearch={{
                      filterTreeNode: (input, node) => matchesVietnamese(input, String(node.title)),
                    }}
                    data-testid="period-unit-ids"
                  />
                </Form.Item>
              </>
            )}
          </>
        )}
      </Form>
    </FormDialog>
  );
}
