import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_DEBOUNCE_MS } from '@/config/query';
import { useUnitSearch } from '../api/search-units';

export interface UnitSearchSelectProps {
  /** The chosen unit's id, and its name to show before any search has run. */
  value: { id: number; name: string } | undefined;
  onChange: (unit: { id: number; name: string } | undefined) => void;
  testId?: string;
  placeholder?: string;
}

/** Picks an existing unit, searched on the server as the user types (diacritics optional). */
export function UnitSearchSelect({ value, onChange, testId, placeholder }: UnitSearchSelectProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(input.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const search = useUnitSearch(q);
  const options = (search.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  // The chosen unit stays labelled by name even when the results no longer hold it.
  if (value && !options.some((o) => o.value === value.id))
    options.unshift({ value: value.id, label: value.name });
  const label = placeholder ?? t('planImport.unitSearch');
  return (
    <Select<number>
      style={{ width: '100%', minWidth: 220 }}
      data-testid={testId}
      aria-label={label}
      placeholder={label}
      allowClear
      value={value?.id}
      loading={search.isFetching}
      options={options}
      showSearch={{ filterOption: false, onSearch: setInput }}
      onChange={(id) => {
        const option = options.find((o) => o.value === id);
        onChange(id != null && option ? { id, name: option.label } : undefined);
      }}
    />
  );
}
