import { Card, Empty, Flex, Input, Radio, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  UNIT_KINDS,
  type DraftProblem,
  type UnitChoice,
  type UnitChoiceInput,
  type UnitKind,
} from '@/types/api';
import { problemsAt, whereText } from '../utils/draft';
import { UnitSearchSelect } from './unit-search-select';

export interface UnitChoicesProps {
  units: readonly UnitChoice[];
  choices: Readonly<Record<string, UnitChoiceInput>>;
  /** Names of existing units picked here, by id (the server only sends ids back). */
  pickedNames: Readonly<Record<number, string>>;
  /** The server's names of existing units, by key. */
  unitNames: Readonly<Record<string, string>>;
  problems: readonly DraftProblem[];
  onChange: (choice: UnitChoiceInput, pickedName?: string) => void;
}

function UnitChoiceCard({
  unit,
  choice,
  pickedName,
  problems,
  onChange,
}: {
  unit: UnitChoice;
  choice: UnitChoiceInput | undefined;
  pickedName: string | undefined;
  problems: readonly DraftProblem[];
  onChange: UnitChoicesProps['onChange'];
}) {
  const { t } = useTranslation();
  const mode = choice?.kind ? 'create' : 'existing';
  // Resolved as the user has it now, before saving: a unit picked, or a kind and name given.
  const resolved = choice ? choice.unitId != null || Boolean(choice.kind && choice.name) : false;
  return (
    <Card
      size="small"
      data-testid={`import-unit-${unit.key}`}
      data-resolved={resolved}
      style={problems.length > 0 && !resolved ? { borderColor: '#ff4d4f' } : undefined}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{unit.name}</Typography.Text>
          <Tag color={resolved ? 'green' : 'orange'} data-testid={`unit-status-${unit.key}`}>
            {resolved ? t('planImport.resolved') : t('planImport.unresolved')}
          </Tag>
        </Flex>
      }
    >
      {unit.where && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('planImport.unitWhere', { where: whereText(unit.where, t) })}
        </Typography.Paragraph>
      )}
      <Radio.Group
        style={{ width: '100%' }}
        value={mode}
        data-testid={`unit-mode-${unit.key}`}
        onChange={(event) =>
          onChange(
            event.target.value === 'create'
              ? { key: unit.key, kind: 'OFFICE', name: unit.newName ?? unit.name }
              : { key: unit.key },
          )
        }
      >
        <Flex vertical gap={8} style={{ width: '100%' }}>
          <Radio value="existing" data-testid={`unit-existing-${unit.key}`}>
            {t('planImport.useExisting')}
          </Radio>
          {mode === 'existing' && (
            <UnitSearchSelect
              testId={`unit-choice-${unit.key}`}
              value={
                choice?.unitId != null
                  ? { id: choice.unitId, name: pickedName ?? `#${choice.unitId}` }
                  : undefined
              }
              onChange={(picked) =>
                onChange(
                  picked ? { key: unit.key, unitId: picked.id } : { key: unit.key },
                  picked?.name,
                )
              }
            />
          )}
          <Radio value="create" data-testid={`unit-create-${unit.key}`}>
            {t('planImport.createNew')}
          </Radio>
          {mode === 'create' && choice && (
            <Flex gap={8} wrap>
              <Select<UnitKind>
                style={{ minWidth: 200 }}
                aria-label={t('planImport.newKind')}
                data-testid={`unit-kind-${unit.key}`}
                value={choice.kind}
                options={UNIT_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`units.kind.${kind}`),
                }))}
                onChange={(kind) => onChange({ ...choice, kind })}
              />
              <Input
                style={{ flex: 1, minWidth: 220 }}
                aria-label={t('planImport.newName')}
                data-testid={`unit-name-${unit.key}`}
                value={choice.name}
                onChange={(event) => onChange({ ...choice, name: event.target.value })}
              />
            </Flex>
          )}
        </Flex>
      </Radio.Group>
      {/* The server's problem stands until saved; once the user has chosen, it is moot. */}
      {!resolved &&
        problems.map((p, i) => (
          <Typography.Paragraph key={i} type="danger" style={{ margin: '8px 0 0' }}>
            {p.message}
          </Typography.Paragraph>
        ))}
    </Card>
  );
}

/** One card per name no existing unit answers to: pick a unit, or create one. */
export function UnitChoices({
  units,
  choices,
  pickedNames,
  unitNames,
  problems,
  onChange,
}: UnitChoicesProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('planImport.units')} data-testid="import-units">
      {units.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('planImport.unitsHelp')}</Typography.Text>
          {units.map((unit) => {
            const choice = choices[unit.key];
            return (
              <UnitChoiceCard
                key={unit.key}
                unit={unit}
                choice={choice}
                pickedName={
                  choice?.unitId != null
                    ? (pickedNames[choice.unitId] ??
                      unitNames[`unit-${choice.unitId}`] ??
                      unitNames[unit.key])
                    : undefined
                }
                problems={problemsAt(problems, `units.${unit.key}`)}
                onChange={onChange}
              />
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
