/** Flattening and sorting of the unit tree for pickers and lists. */
import type { UnitGroup, UnitNode, UnitTree } from '@/types/api';
import { sortByVietnamese } from '@/utils/text';

export interface FlatUnit {
  unit: UnitNode;
  depth: number;
  parentId: number | null;
}

/** Every unit of the tree, depth first, in the order the API gives. */
export function flattenUnits(
  nodes: UnitNode[],
  depth = 0,
  parentId: number | null = null,
): FlatUnit[] {
  return nodes.flatMap((unit) => [
    { unit, depth, parentId },
    ...flattenUnits(unit.children, depth + 1, unit.id),
  ]);
}

export interface UnitPickerOptions {
  units: UnitNode[];
  groups: UnitGroup[];
}

/** Units and groups for a picker, each in Vietnamese alphabetical order. */
export function pickerOptions(tree: UnitTree): UnitPickerOptions {
  return {
    units: sortByVietnamese(
      flattenUnits(tree.units).map((f) => f.unit),
      (u) => u.name,
    ),
    groups: sortByVietnamese(tree.groups, (g) => g.name),
  };
}
