import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_DEBOUNCE_MS } from '@/config/query';
import { ROLES, TIMEFRAMES } from '@/types/api';
import type { TaskFilters } from '../utils/task-filters';
import { hasActiveFilters } from '../utils/task-filters';

export interface TaskFilterBarProps {
  filters: TaskFilters;
  onChange: (change: Partial<TaskFilters>) => void;
  onClear: () => void;
  /** The unit/group picker, supplied by the page (it belongs to the units feature). */
  unitFilter: ReactNode;
}

/** Unit, role, timeframe and free-text filters; the text is sent 300 ms after typing stops. */
export function TaskFilterBar({ filters, onChange, onClear, unitFilter }: TaskFilterBarProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.q ?? '');
  const [committed, setCommitted] = useState(filters.q ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The URL changed from outside (back button, "clear"): show its text.
  if ((filters.q ?? '') !== committed) {
    setCommitted(filters.q ?? '');
    setText(filters.q ?? '');
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const onSearch = (value: string, immediate = false) => {
    setText(value);
    clearTimeout(timer.current);
    const commit = () => {
      setCommitted(value.trim());
      onChange({ q: value.trim() || undefined });
    };
    if (immediate) commit();
    else timer.current = setTimeout(commit, SEARCH_DEBOUNCE_MS);
  };

  return (
    <Flex gap={8} wrap className="task-filter-bar" role="search" aria-label={t('tasks.filters')}>
      <div data-testid="unit-filter" style={{ flex: '2 1 260px', minWidth: 0 }}>
        {unitFilter}
      </div>
      <Select
        data-testid="role-filter"
        style={{ flex: '1 1 140px' }}
        allowClear
        placeholder={t('tasks.rolePlaceholder')}
        value={filters.role}
        onChange={(role) => onChange({ role })}
        options={ROLES.map((role) => ({ value: role, label: t(`tasks.role.${role}`) }))}
      />
      <Select
        data-testid="timeframe-filter"
        style={{ flex: '1 1 140px' }}
        allowClear
        placeholder={t('tasks.timeframePlaceholder')}
        value={filters.timeframe}
        onChange={(timeframe) => onChange({ timeframe })}
        options={TIMEFRAMES.map((tf) => ({ value: tf, label: t(`tasks.timeframe.${tf}`) }))}
      />
      <Input
        data-testid="search-input"
        style={{ flex: '3 1 260px' }}
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('tasks.searchPlaceholder')}
        aria-label={t('tasks.searchPlaceholder')}
        value={text}
        onChange={(e) => onSearch(e.target.value, e.type !== 'change')}
        onPressEnter={() => onSearch(text, true)}
      />
      {hasActiveFilters(filters) && (
        <Button icon={<ClearOutlined />} onClick={onClear} data-testid="clear-filters">
          {t('tasks.clear')}
        </Button>
      )}
    </Flex>
  );
}
