/** The wizard's form values as the API's OrgChangeInput, and the duty shares chosen on a preview. */
import type { Dayjs } from 'dayjs';
import type { ChangeKind, DutyShare, DutyShareInput, OrgChangeInput } from '@/types/api';

export interface NewUnitValues {
  name?: string;
  shortName?: string;
  parentId?: number;
}

export interface ChangeFormValues {
  kind: ChangeKind;
  effectiveDate?: Dayjs;
  documentType?: string;
  number?: string;
  issueDate?: Dayjs;
  issuer?: string;
  title?: string;
  note?: string;
  predecessorIds?: (number | undefined)[];
  successorIds?: (number | undefined)[];
  newUnits?: NewUnitValues[];
}

/** The ref a new unit of the change is known by in duty shares: its place in the list. */
export function newUnitRef(index: number): string {
  return `moi-${index + 1}`;
}

const ISO = 'YYYY-MM-DD';

function text(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function ids(values: (number | undefined)[] | undefined): number[] {
  return [...new Set((values ?? []).filter((id): id is number => typeof id === 'number'))];
}

export function toChangeInput(values: ChangeFormValues): OrgChangeInput {
  return {
    kind: values.kind,
    effectiveDate: values.effectiveDate?.format(ISO) ?? '',
    basis: {
      documentType: values.documentType?.trim() ?? '',
      number: values.number?.trim() ?? '',
      issueDate: values.issueDate?.format(ISO) ?? '',
      issuer: values.issuer?.trim() ?? '',
      title: text(values.title),
    },
    note: text(values.note),
    predecessorIds: ids(values.predecessorIds),
    successorIds: ids(values.successorIds),
    newUnits: (values.newUnits ?? [])
      .filter((unit) => text(unit?.name))
      .map((unit, index) => ({
        name: (unit.name as string).trim(),
        shortName: text(unit.shortName),
        parentId: unit.parentId ?? null,
        ref: newUnitRef(index),
      })),
  };
}

/** A successor a duty can go to: an existing unit (`unit:5`) or a new one (`ref:moi-1`). */
export interface SuccessorOption {
  value: string;
  label: string;
}

/** The successors of a previewed change: the new units by ref, then the existing ones. */
export function successorOptions(
  input: OrgChangeInput,
  continuing: { id: number; name: string }[],
): SuccessorOption[] {
  return [
    ...(input.newUnits ?? []).map((unit) => ({ value: `ref:${unit.ref}`, label: unit.name })),
    ...continuing.map((unit) => ({ value: `unit:${unit.id}`, label: unit.name })),
  ];
}

/** Which duty a share row is: its kind, object and predecessor. */
export function shareKey(share: Pick<DutyShare, 'duty' | 'objectId' | 'from'>): string {
  return `${share.duty}:${share.objectId ?? ''}:${share.from.id}`;
}

/** The options the server's preview names as carrying the duty (by name, as the preview says). */
export function shareDefault(share: DutyShare, options: SuccessorOption[]): string[] {
  return options.filter((o) => share.to.includes(o.label)).map((o) => o.value);
}

/** The recorder's choices as the API's shares: the rows chosen, each to the successors picked. */
export function toShares(shares: DutyShare[], choices: Record<string, string[]>): DutyShareInput[] {
  return shares.flatMap((share) => {
    const chosen = choices[shareKey(share)];
    if (!chosen) return [];
    return [
      {
        duty: share.duty,
        objectId: share.objectId ?? null,
        predecessorId: share.from.id,
        successorIds: chosen.filter((v) => v.startsWith('unit:')).map((v) => Number(v.slice(5))),
        successorRefs: chosen.filter((v) => v.startsWith('ref:')).map((v) => v.slice(4)),
      },
    ];
  });
}
