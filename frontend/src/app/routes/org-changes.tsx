import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Pagination, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { ORG_CHANGE_PAGE_SIZE, useOrgChanges } from '@/features/org-changes/api/get-org-changes';
import { OrgChangeList } from '@/features/org-changes/components/org-change-list';

/** "/org-changes": the recorded organisation changes, as a list or a timeline. */
export function OrgChangesRoute() {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const changes = useOrgChanges(page);
  const mayRecord = changes.data?.actions.includes('RECORD') ?? false;
  return (
    <>
      <title>{`${t('orgChanges.title')} – ${t('app.title')}`}</title>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('orgChanges.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          {mayRecord && (
            <Link to={paths.orgChangeNew.getHref()}>
              <Button type="primary" icon={<PlusOutlined />} data-testid="org-change-record">
                {t('orgChanges.record')}
              </Button>
            </Link>
          )}
          <Link to={paths.orgChangePackages.getHref()}>
            <Button data-testid="org-change-packages">{t('orgChanges.packages')}</Button>
          </Link>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary">{t('orgChanges.intro')}</Typography.Paragraph>
      {changes.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : changes.isError ? (
        <ErrorAlert error={changes.error} onRetry={() => void changes.refetch()} />
      ) : (
        <>
          <OrgChangeList changes={changes.data.items} />
          {changes.data.totalPages > 1 && (
            <Pagination
              style={{ marginTop: 12 }}
              current={page + 1}
              pageSize={ORG_CHANGE_PAGE_SIZE}
              total={changes.data.totalItems}
              showSizeChanger={false}
              onChange={(p) => setPage(p - 1)}
            />
          )}
        </>
      )}
    </>
  );
}
