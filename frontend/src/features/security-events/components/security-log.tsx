import { Card, Pagination, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SECURITY_EVENT_PAGE_SIZE } from '@/config/query';
import { SECURITY_EVENT_KINDS, type SecurityEventKind } from '@/types/api';
import { useSecurityEvents } from '../api/get-security-events';
import { SecurityEventList } from './security-event-list';

/** "Nhật ký bảo mật": security events, filtered by kind, a page at a time. */
export function SecurityLog() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SecurityEventKind>();
  const [page, setPage] = useState(0);
  const events = useSecurityEvents({ kind, page });
  return (
    <Card size="small" title={t('securityEvents.title')}>
      <Select
        allowClear
        placeholder={t('securityEvents.allKinds')}
        aria-label={t('securityEvents.allKinds')}
        style={{ width: '100%', maxWidth: 320, marginBottom: 8 }}
        value={kind}
        onChange={(value) => {
          setKind(value);
          setPage(0);
        }}
        options={SECURITY_EVENT_KINDS.map((k) => ({
          value: k,
          label: t(`securityEvents.kind.${k}`),
        }))}
        data-testid="security-event-kind"
      />
      {events.isPending ? (
        <Skeleton active />
      ) : events.isError ? (
        <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <>
          <SecurityEventList events={events.data.items} />
          {events.data.totalPages > 1 && (
            <Pagination
              style={{ marginTop: 16, textAlign: 'center' }}
              current={page + 1}
              pageSize={SECURITY_EVENT_PAGE_SIZE}
              total={events.data.totalItems}
              showSizeChanger={false}
              onChange={(p) => setPage(p - 1)}
            />
          )}
        </>
      )}
    </Card>
  );
}
