import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Pagination, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TOKEN_PAGE_SIZE } from '@/config/query';
import type { CreatedToken, UnitRef } from '@/types/api';
import { useTokens } from '../api/get-tokens';
import { CreateTokenDialog } from './create-token-dialog';
import { TokenCreatedDialog } from './token-created-dialog';
import { TokenList } from './token-list';

export interface ApiTokensProps {
  userId: number;
  ownUnits: UnitRef[];
}

/** "Khóa API": the user's tokens, paged; create one (its secret shown once) or revoke one. */
export function ApiTokens({ userId, ownUnits }: ApiTokensProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  // The secret lives here only while its dialog is open; closing it forgets it.
  const [created, setCreated] = useState<CreatedToken>();
  const tokens = useTokens(page);

  return (
    <Card
      size="small"
      title={t('tokens.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="create-token"
        >
          {t('tokens.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('tokens.intro')}</Typography.Paragraph>
      {tokens.isPending ? (
        <Skeleton active />
      ) : tokens.isError ? (
        <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : (
        <>
          <TokenList tokens={tokens.data.items} userId={userId} />
          {tokens.data.totalPages > 1 && (
            <Pagination
              style={{ marginTop: 16, textAlign: 'center' }}
              current={page + 1}
              pageSize={TOKEN_PAGE_SIZE}
              total={tokens.data.totalItems}
              showSizeChanger={false}
              onChange={(p) => setPage(p - 1)}
            />
          )}
        </>
      )}
      {creating && (
        <CreateTokenDialog
          ownUnits={ownUnits}
          onClose={() => setCreating(false)}
          onCreated={(token) => {
            setCreating(false);
            setCreated(token);
          }}
        />
      )}
      {created && <TokenCreatedDialog created={created} onClose={() => setCreated(undefined)} />}
    </Card>
  );
}
