/** Reading a draft: its problems by path, and the names behind its unit keys. */
import type { TFunction } from 'i18next';
import type {
  DraftParty,
  DraftProblem,
  PlanImport,
  UnitChoice,
  UnitChoiceInput,
} from '@/types/api';

/**
 * Where the reader found something, in the UI's language: the service says "line 22" or
 * "header"; anything else is shown as sent.
 */
export function whereText(where: string, t: TFunction): string {
  const line = /^line (\d+)$/.exec(where);
  if (line) return t('planImport.whereLine', { line: line[1] });
  if (where === 'header') return t('planImport.whereHeader');
  return where;
}

/** The problems whose path is exactly `path` ("title", "tasks[1].items[0].body[2].block.lead"). */
export function problemsAt(problems: readonly DraftProblem[], path: string): DraftProblem[] {
  return problems.filter((p) => p.field === path);
}

/** The problems at `path` or anywhere inside it. */
export function problemsUnder(problems: readonly DraftProblem[], path: string): DraftProblem[] {
  return problems.filter(
    (p) => p.field === path || p.field.startsWith(`${path}.`) || p.field.startsWith(`${path}[`),
  );
}

/** The key under which the API accepts any existing unit. */
export const existingUnitKey = (unitId: number) => `unit-${unitId}`;

/**
 * The name behind a unit key: an existing unit's (from the server, or remembered when picked
 * here), or the name the document gives a unit still to be chosen or created.
 */
export function unitKeyName(
  view: Pick<PlanImport, 'unitNames' | 'units'>,
  picked: Readonly<Record<string, string>>,
  key: string | null | undefined,
): string | undefined {
  if (!key) return undefined;
  return view.unitNames[key] ?? picked[key] ?? view.units.find((u) => u.key === key)?.name ?? key;
}

export function partyName(
  view: Pick<PlanImport, 'unitNames' | 'units' | 'groupNames'>,
  picked: Readonly<Record<string, string>>,
  party: DraftParty,
): string {
  if (party.group) return view.groupNames[party.group] ?? party.group;
  return unitKeyName(view, picked, party.unit) ?? '';
}

/** What the server already holds for each choice, as the input that keeps it. */
export function initialChoices(units: readonly UnitChoice[]): Record<string, UnitChoiceInput> {
  const choices: Record<string, UnitChoiceInput> = {};
  for (const u of units) {
    if (u.unitId != null) choices[u.key] = { key: u.key, unitId: u.unitId };
    else if (u.kind)
      choices[u.key] = {
        key: u.key,
        kind: u.kind,
        name: u.newName ?? u.name,
        ...(u.parentId != null ? { parentId: u.parentId } : {}),
      };
  }
  return choices;
}

/** A copy of `value` changed by `change`, for small edits deep in the draft. */
export function edited<T>(value: T, change: (copy: T) => void): T {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}

/** An existing unit's key as the value of a unit picker; undefined for any other key. */
export function pickerValue(
  key: string | null | undefined,
  nameOf: (key: string) => string | undefined,
): { id: number; name: string } | undefined {
  const m = key ? /^unit-(\d+)$/.exec(key) : null;
  return m && key ? { id: Number(m[1]), name: nameOf(key) ?? key } : undefined;
}
