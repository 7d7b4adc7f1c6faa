import { Button, Card, Flex, Form, Popconfirm, Result, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import type { OrgChange, OrgChangeInput, OrgChangePreview } from '@/types/api';
import { formatDate } from '@/utils/format';
import { usePreviewOrgChange } from '../api/preview-org-change';
import { useRecordOrgChange } from '../api/record-org-change';
import { toChangeInput, toShares, type ChangeFormValues } from '../utils/change-input';
import { ChangeForm } from './change-form';
import { ChangePreview } from './change-preview';
import type { UnitPicker } from './unit-picker';
import { UnitMoves } from './unit-refs';

const INITIAL: ChangeFormValues = {
  kind: 'RENAME',
  predecessorIds: [undefined],
  successorIds: [],
  newUnits: [{}],
};

/**
 * Record an organisation change in three steps: the change and its legal basis; the server's
 * preview (counts, before → after, and for several successors who takes which duty, re-previewed
 * with the choice); then apply it, all or nothing, and show what was recorded.
 */
export function OrgChangeWizard({ UnitPicker }: { UnitPicker: UnitPicker }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ChangeFormValues>();
  const [step, setStep] = useState(0);
  const [input, setInput] = useState<OrgChangeInput | null>(null);
  const [preview, setPreview] = useState<OrgChangePreview | null>(null);
  const [choices, setChoices] = useState<Record<string, string[]>>({});
  const [applied, setApplied] = useState<OrgChange | null>(null);
  const previewing = usePreviewOrgChange();
  const recording = useRecordOrgChange();

  const withShares = (base: OrgChangeInput, shown: OrgChangePreview | null) => {
    const shares = shown ? toShares(shown.shares, choices) : [];
    return shares.length > 0 ? { ...base, shares } : base;
  };

  const ask = (next: OrgChangeInput) =>
    previewing.mutate(next, {
      onSuccess: (answer) => {
        setInput(next);
        setPreview(answer);
        setStep(1);
      },
    });

  const start = (values: ChangeFormValues) => {
    setChoices({});
    recording.reset();
    ask(toChangeInput(values));
  };

  const apply = () => {
    if (!input) return;
    recording.mutate(input, {
      onSuccess: (change) => {
        setApplied(change);
        setStep(2);
      },
    });
  };

  const restart = () => {
    form.resetFields();
    setInput(null);
    setPreview(null);
    setChoices({});
    setApplied(null);
    previewing.reset();
    recording.reset();
    setStep(0);
  };

  return (
    <Card data-testid="org-change-wizard">
      <Steps
        current={step}
        size="small"
        responsive
        style={{ marginBottom: 16 }}
        items={[
          { title: t('orgChanges.wizard.stepChange') },
          { title: t('orgChanges.wizard.stepPreview') },
          { title: t('orgChanges.wizard.stepApply') },
        ]}
      />
      {/* The form stays mounted so that "Sửa lại" comes back to what was typed. */}
      <div hidden={step !== 0}>
        <ChangeForm form={form} initialValues={INITIAL} onFinish={start} UnitPicker={UnitPicker} />
        {previewing.isError && <ErrorAlert error={previewing.error} />}
        <Flex justify="end" style={{ marginTop: 12 }}>
          <Button
            type="primary"
            loading={previewing.isPending}
            onClick={() => form.submit()}
            data-testid="org-change-preview-submit"
          >
            {t('orgChanges.wizard.preview')}
          </Button>
        </Flex>
      </div>
      {step === 1 && input && preview && (
        <>
          <ChangePreview
            input={input}
            preview={preview}
            choices={choices}
            onChoose={(key, successors) => setChoices((c) => ({ ...c, [key]: successors }))}
            onRepreview={() => ask(withShares({ ...input, shares: undefined }, preview))}
            repreviewing={previewing.isPending}
          />
          {previewing.isError && <ErrorAlert error={previewing.error} />}
          {recording.isError && <ErrorAlert error={recording.error} />}
          <Flex justify="space-between" gap={8} wrap style={{ marginTop: 16 }}>
            <Button onClick={() => setStep(0)} data-testid="org-change-edit">
              {t('orgChanges.wizard.edit')}
            </Button>
            <Popconfirm
              title={t('orgChanges.wizard.applyConfirm')}
              okText={t('orgChanges.wizard.apply')}
              cancelText={t('common.cancel')}
              onConfirm={apply}
            >
              <Button type="primary" loading={recording.isPending} data-testid="org-change-apply">
                {t('orgChanges.wizard.apply')}
              </Button>
            </Popconfirm>
          </Flex>
        </>
      )}
      {step === 2 && applied && (
        <Result
          status="success"
          title={t('orgChanges.wizard.applied')}
          subTitle={
            <div data-testid="org-change-applied">
              <div>
                {t('orgChanges.wizard.appliedDetail', {
                  kind: t(`orgChanges.kind.${applied.kind}`),
                  date: formatDate(applied.effectiveDate),
                  number: applied.basis.number,
                })}
              </div>
              <UnitMoves from={applied.predecessors} to={applied.successors} />
            </div>
          }
          extra={[
            <Link key="open" to={paths.orgChange.getHref(applied.id)}>
              <Button type="primary" data-testid="org-change-open">
                {t('orgChanges.wizard.openChange')}
              </Button>
            </Link>,
            <Link key="list" to={paths.orgChanges.getHref()} data-testid="org-change-to-list">
              <Button>{t('orgChanges.back')}</Button>
            </Link>,
            <Button key="again" onClick={restart}>
              {t('orgChanges.wizard.another')}
            </Button>,
          ]}
        />
      )}
    </Card>
  );
}
