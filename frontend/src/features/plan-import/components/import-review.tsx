import { Alert, Button, Col, Flex, Popconfirm, Row, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { DraftBlock, DraftPlan, PlanImport, UnitChoiceInput } from '@/types/api';
import type { SavePlanImportInput } from '../api/edit-plan-import';
import { edited, existingUnitKey, initialChoices, partyName, unitKeyName } from '../utils/draft';
import { DraftHeader } from './draft-header';
import { DraftTargets } from './draft-targets';
import { DraftTasks } from './draft-tasks';
import { ImportSource } from './import-source';
import { ImportSummary } from './import-summary';
import { UnitChoices } from './unit-choices';

export interface ImportReviewProps {
  /** The import as the server last answered; remount (key on version) to start over from it. */
  view: PlanImport;
  /** Names of the existing units picked on this page, by id; kept across saves by the caller. */
  pickedNames: Readonly<Record<number, string>>;
  onPicked: (unit: { id: number; name: string }) => void;
  onSave: (input: SavePlanImportInput) => void;
  onConfirm: () => void;
  onDiscard: () => void;
  saving: boolean;
  confirming: boolean;
  discarding: boolean;
  error: unknown;
}

/** The document beside its draft: fix what is flagged, choose the unknown units, save, confirm. */
export function ImportReview({
  view,
  pickedNames,
  onPicked,
  onSave,
  onConfirm,
  onDiscard,
  saving,
  confirming,
  discarding,
  error,
}: ImportReviewProps) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<DraftPlan>(view.plan);
  const [choices, setChoices] = useState(() => initialChoices(view.units));
  const [dirty, setDirty] = useState(false);

  const picked: Record<string, string> = {};
  for (const [id, name] of Object.entries(pickedNames)) picked[existingUnitKey(Number(id))] = name;
  const nameOf = (key: string | null | undefined) => unitKeyName(view, picked, key);

  const change = (next: DraftPlan) => {
    setPlan(next);
    setDirty(true);
  };
  const changeBlock = ([g, i, b]: [number, number, number], patch: Partial<DraftBlock>) =>
    change(
      edited(plan, (copy) => {
        const entry = copy.tasks?.[g]?.items?.[i]?.body?.[b];
        if (entry?.block) Object.assign(entry.block, patch);
      }),
    );
  const chooseUnit = (choice: UnitChoiceInput, name?: string) => {
    if (choice.unitId != null && name) onPicked({ id: choice.unitId, name });
    setChoices((current) => ({ ...current, [choice.key]: choice }));
    setDirty(true);
  };

  const problems = view.problems;
  const busy = saving || confirming || discarding;
  // The server's choices and the user's changes; a bare key (no unit, no kind) clears a choice.
  const unitInputs = Object.values(choices);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <ImportSource text={view.sourceText} name={view.sourceName} />
      </Col>
      <Col xs={24} lg={14}>
        <Flex vertical gap={12}>
          <ImportSummary problems={problems} warnings={view.warnings} />
          {error != null && <ErrorAlert error={error} />}
          <UnitChoices
            units={view.units}
            choices={choices}
            pickedNames={pickedNames}
            unitNames={view.unitNames}
            problems={problems}
            onChange={chooseUnit}
          />
          <DraftHeader
            plan={plan}
            problems={problems}
            nameOf={nameOf}
            onChange={(patch) => change({ ...plan, ...patch })}
            onPickUnit={(field, unit) => {
              onPicked(unit);
              change({ ...plan, [field]: existingUnitKey(unit.id) });
            }}
          />
          <DraftTargets
            targets={plan.targets ?? []}
            problems={problems}
            onYear={(index, year) =>
              change(
                edited(plan, (copy) => {
                  const target = copy.targets?.[index];
                  if (target) target.targetYear = year;
                }),
              )
            }
          />
          <DraftTasks
            tasks={plan.tasks ?? []}
            problems={problems}
            nameOf={nameOf}
            partyName={(party) => partyName(view, picked, party)}
            onBlockChange={changeBlock}
            onPickLead={(path, unit) => {
              onPicked(unit);
              changeBlock(path, { lead: existingUnitKey(unit.id) });
            }}
          />
          {dirty && <Alert type="info" showIcon title={t('planImport.unsaved')} />}
          <Flex gap={8} wrap justify="flex-end">
            <Popconfirm
              title={t('planImport.discardQuestion')}
              okText={t('planImport.discard')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'import-discard-ok' } as ButtonProps}
              onConfirm={onDiscard}
            >
              <Button danger disabled={busy} loading={discarding} data-testid="import-discard">
                {t('planImport.discard')}
              </Button>
            </Popconfirm>
            <Button
              disabled={busy}
              loading={saving}
              data-testid="import-save"
              onClick={() => onSave({ plan, units: unitInputs, version: view.version })}
            >
              {t('planImport.save')}
            </Button>
            <Button
              type="primary"
              disabled={busy || dirty || problems.length > 0}
              loading={confirming}
              data-testid="import-confirm"
              onClick={onConfirm}
            >
              {t('planImport.confirm')}
            </Button>
          </Flex>
        </Flex>
      </Col>
    </Row>
  );
}
