import { Alert, Button, Card, Empty, Flex, Popconfirm, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import type { OrgChangeInput, OrgChangePreview } from '@/types/api';
import { formatDate } from '@/utils/format';
import { useOrgChangePackage } from '../api/get-org-change-package';
import { useOrgChangePackages } from '../api/get-org-change-packages';
import { usePreviewOrgChangeBatch } from '../api/preview-org-change-batch';
import { useRecordOrgChangeBatch } from '../api/record-org-change-batch';
import { ChangeKindTag } from './change-kind-tag';

interface Row {
  index: number;
  change: OrgChangeInput;
  preview: OrgChangePreview;
}

function BatchPreview({
  changes,
  previews,
}: {
  changes: OrgChangeInput[];
  previews: OrgChangePreview[];
}) {
  const { t } = useTranslation();
  const rows: Row[] = previews.map((preview, index) => ({
    index,
    change: changes[index],
    preview,
  }));
  const sum = (f: (p: OrgChangePreview) => number) => previews.reduce((n, p) => n + f(p), 0);
  const count = (key: string, value: (p: OrgChangePreview) => number) => ({
    key,
    title: t(`orgChanges.preview.${key}`),
    align: 'right' as const,
    render: (_: unknown, row: Row) => value(row.preview),
  });
  const columns = [
    {
      key: 'index',
      title: t('orgChanges.package.index'),
      render: (_: unknown, row: Row) => row.index + 1,
    },
    {
      key: 'change',
      title: t('orgChanges.kindLabel'),
      render: (_: unknown, row: Row) => (
        <span>
          <ChangeKindTag kind={row.preview.kind} /> {formatDate(row.preview.effectiveDate)}
          <div>
            <Typography.Text type="secondary">{row.change.basis.number}</Typography.Text>
          </div>
          <div style={{ minWidth: 160 }}>
            {row.preview.closing.map((u) => u.name).join(', ') || '–'} →{' '}
            {[...row.preview.opening, ...row.preview.continuing.map((u) => u.name)].join(', ')}
          </div>
        </span>
      ),
    },
    count('closing', (p) => p.closing.length),
    count('opening', (p) => p.opening.length),
    count('assignments', (p) => p.assignments),
    count('groups', (p) => p.groups),
    count('openReports', (p) => p.openReports),
    count('users', (p) => p.users.length),
    count('tokens', (p) => p.tokens),
  ];
  return (
    <Table<Row>
      data-testid="package-preview"
      size="small"
      rowKey="index"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      columns={columns}
      summary={() => (
        <Table.Summary.Row data-testid="package-preview-total">
          <Table.Summary.Cell index={0} colSpan={2}>
            <Typography.Text strong>{t('orgChanges.package.total')}</Typography.Text>
          </Table.Summary.Cell>
          {[
            sum((p) => p.closing.length),
            sum((p) => p.opening.length),
            sum((p) => p.assignments),
            sum((p) => p.groups),
            sum((p) => p.openReports),
            sum((p) => p.users.length),
            sum((p) => p.tokens),
          ].map((value, i) => (
            <Table.Summary.Cell key={i} index={i + 2} align="right">
              <Typography.Text strong>{value}</Typography.Text>
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}

/** One package: its notes, the batch preview (counts per change), and applying it whole. */
function PackageDetail({ code, mayRecord }: { code: string; mayRecord: boolean }) {
  const { t } = useTranslation();
  const pkg = useOrgChangePackage(code);
  const previewing = usePreviewOrgChangeBatch();
  const recording = useRecordOrgChangeBatch();
  const [previews, setPreviews] = useState<OrgChangePreview[] | null>(null);

  if (pkg.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (pkg.isError) return <ErrorAlert error={pkg.error} onRetry={() => void pkg.refetch()} />;
  const { changes } = pkg.data;
  return (
    <Card
      size="small"
      title={pkg.data.title}
      data-testid={`package-${code}`}
      style={{ marginTop: 12 }}
    >
      {pkg.data.notes.length > 0 && (
        <Alert
          type="info"
          title={t('orgChanges.package.notes')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {pkg.data.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {previewing.isError && <ErrorAlert error={previewing.error} />}
      {recording.isError && <ErrorAlert error={recording.error} />}
      {recording.isSuccess ? (
        <Alert
          type="success"
          showIcon
          data-testid="package-applied"
          title={t('orgChanges.package.applied', { count: recording.data.length })}
          action={<Link to={paths.orgChanges.getHref()}>{t('orgChanges.package.toList')}</Link>}
        />
      ) : (
        <>
          {previews && <BatchPreview changes={changes} previews={previews} />}
          {mayRecord && (
            <Flex gap={8} wrap style={{ marginTop: 12 }}>
              <Button
                loading={previewing.isPending}
                data-testid="package-preview-submit"
                onClick={() => previewing.mutate(changes, { onSuccess: setPreviews })}
              >
                {t('orgChanges.package.preview')}
              </Button>
              {previews && (
                <Popconfirm
                  title={t('orgChanges.package.applyConfirm', { count: changes.length })}
                  okText={t('orgChanges.package.apply')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => recording.mutate(changes)}
                >
                  <Button type="primary" loading={recording.isPending} data-testid="package-apply">
                    {t('orgChanges.package.apply')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          )}
        </>
      )}
    </Card>
  );
}

/** The prepared packages; opening one previews and applies it. */
export function PackageLoader({ mayRecord }: { mayRecord: boolean }) {
  const { t } = useTranslation();
  const packages = useOrgChangePackages();
  const [open, setOpen] = useState<string | null>(null);
  if (packages.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (packages.isError)
    return <ErrorAlert error={packages.error} onRetry={() => void packages.refetch()} />;
  if (packages.data.length === 0) return <Empty description={t('orgChanges.package.empty')} />;
  return (
    <>
      <Flex vertical gap={8} data-testid="package-list">
        {packages.data.map((pkg) => (
          <Card size="small" key={pkg.code}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong style={{ whiteSpace: 'normal' }}>
                  {pkg.title}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {t('orgChanges.package.changes', { count: pkg.changes })}
                  </Typography.Text>
                </div>
              </div>
              <Button
                size="small"
                onClick={() => setOpen(pkg.code)}
                data-testid={`package-open-${pkg.code}`}
              >
                {t('orgChanges.package.open')}
              </Button>
            </Flex>
          </Card>
        ))}
      </Flex>
      {open && <PackageDetail key={open} code={open} mayRecord={mayRecord} />}
    </>
  );
}
