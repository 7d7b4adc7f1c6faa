import { TeamOutlined } from '@ant-design/icons';
import { Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesVietnamese } from '@/utils/text';
import { useUnitTree } from '../api/get-unit-tree';
import { pickerOptions } from '../utils/unit-options';

export type UnitSelection = { type: 'UNIT' | 'GROUP'; id: number } | undefined;

interface Option {
  value: string;
  label: string;
  search: string;
  shortName?: string | null;
  isGroup?: boolean;
}

function encode(selection: UnitSelection): string | undefined {
  return selection ? `${selection.type === 'UNIT' ? 'unit' : 'group'}:${selection.id}` : undefined;
}

function decode(value: string | undefined): UnitSelection {
  const m = value ? /^(unit|group):(\d+)$/.exec(value) : null;
  return m ? { type: m[1] === 'unit' ? 'UNIT' : 'GROUP', id: Number(m[2]) } : undefined;
}

export interface UnitSelectProps {
  value: UnitSelection;
  onChange: (value: UnitSelection) => void;
  placeholder?: string;
  /** Offer units only, not groups. */
  unitsOnly?: boolean;
  /** Offer the units existing on this day (yyyy-MM-dd); today when left out. */
  asOf?: string;
}

/** Picks a unit or a group; typing without diacritics finds "Phòng Giáo dục và Đào tạo". */
export function UnitSelect({
  value,
  onChange,
  placeholder,
  unitsOnly = false,
  asOf,
}: UnitSelectProps) {
  const { t } = useTranslation();
  const tree = useUnitTree(asOf);

  const options = useMemo(() => {
    if (!tree.data) return [];
    const { units, groups } = pickerOptions(tree.data);
    const unitOptions: Option[] = units.map((u) => ({
      value: `unit:${u.id}`,
      label: u.name,
      shortName: u.shortName,
      search: `${u.name} ${u.shortName ?? ''}`,
    }));
    const groupOptions: Option[] = groups.map((g) => ({
      value: `group:${g.id}`,
      label: g.name,
      search: `${g.name} ${g.code}`,
      isGroup: true,
    }));
    return [
      { label: t('tasks.unitsOption'), title: 'units', options: unitOptions },
      ...(unitsOnly
        ? []
        : [{ label: t('tasks.groupsOption'), title: 'groups', options: groupOptions }]),
    ];
  }, [tree.data, t, unitsOnly]);

  // Until the units load (or for an id that no longer exists) show the placeholder, not "unit:12".
  const known = new Set(options.flatMap((group) => group.options.map((o) => o.value)));

  return (
    <Select<string, Option>
      style={{ width: '100%' }}
      allowClear
      loading={tree.isLoading}
      status={tree.isError ? 'error' : undefined}
      placeholder={placeholder ?? t('tasks.unitPlaceholder')}
      aria-label={placeholder ?? t('tasks.unitPlaceholder')}
      value={known.has(encode(value) ?? '') ? encode(value) : undefined}
      onChange={(v) => onChange(decode(v))}
      options={options as unknown as Option[]}
      showSearch={{
        filterOption: (input, option) =>
          option?.search !== undefined && matchesVietnamese(input, option.search),
      }}
      optionRender={(option) => (
        <span>
          {option.data.isGroup && <TeamOutlined style={{ marginRight: 4 }} />}
          {option.data.label}
          {option.data.shortName && option.data.shortName !== option.data.label && (
            <Typography.Text type="secondary"> · {option.data.shortName}</Typography.Text>
          )}
        </span>
      )}
      listHeight={320}
    />
  );
}
