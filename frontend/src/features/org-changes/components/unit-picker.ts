import type { ComponentType } from 'react';

/** Picks one existing unit; the page passes the units feature's select in. */
export interface UnitPickerProps {
  value?: number;
  onChange?: (unitId: number | undefined) => void;
  placeholder?: string;
  /** Offer the units existing on this day (yyyy-MM-dd); today when left out. */
  asOf?: string;
}

export type UnitPicker = ComponentType<UnitPickerProps>;
