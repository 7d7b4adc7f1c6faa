import { Button, Empty, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Token } from '@/types/api';
import { formatDate, formatDateTime, isPastDue } from '@/utils/format';
import { useRevokeToken } from '../api/revoke-token';

const { Text } = Typography;

function TokenState({ token }: { token: Token }) {
  const { t } = useTranslation();
  if (token.revokedAt)
    return (
      <Tag color="red" data-testid="token-revoked">
        {t('tokens.revoked', { date: formatDate(token.revokedAt) })}
      </Tag>
    );
  if (isPastDue(token.expiresOn)) return <Tag color="default">{t('tokens.expired')}</Tag>;
  return <Tag color="green">{t('tokens.expires', { date: formatDate(token.expiresOn) })}</Tag>;
}

function RevokeButton({ token }: { token: Token }) {
  const { t } = useTranslation();
  const revoke = useRevokeToken();
  return (
    <Popconfirm
      title={t('tokens.revokeConfirm', { name: token.name })}
      okText={t('tokens.revoke')}
      okButtonProps={{ danger: true, loading: revoke.isPending }}
      cancelText={t('common.cancel')}
      onConfirm={() => revoke.mutateAsync(token.id)}
    >
      <Button danger size="small" data-testid={`revoke-${token.id}`}>
        {t('tokens.revoke')}
      </Button>
    </Popconfirm>
  );
}

export interface TokenListProps {
  tokens: Token[];
  /** The signed-in user: other owners' names show (an administrator sees every token). */
  userId: number;
}

/** Name, recognisable prefix, scope, units, expiry, last use; revoke with a confirmation. */
export function TokenList({ tokens, userId }: TokenListProps) {
  const { t } = useTranslation();
  if (tokens.length === 0) return <Empty description={t('tokens.empty')} />;
  return (
    <ul className="plain-list" data-testid="token-list">
      {tokens.map((token) => (
        <li key={token.id} data-testid={`token-${token.id}`}>
          <Flex gap={8} wrap align="center">
            <Text strong>{token.name}</Text>
            <Text code data-testid="token-prefix">
              {token.prefix}…
            </Text>
            <Tag color={token.scope === 'READ' ? 'blue' : 'purple'}>
              {t(`tokens.scopes.${token.scope}`)}
            </Tag>
            <TokenState token={token} />
            {!token.revokedAt && (
              <span style={{ marginInlineStart: 'auto' }}>
                <RevokeButton token={token} />
              </span>
            )}
          </Flex>
          <Flex gap={16} wrap style={{ marginTop: 4 }}>
            {token.units.length > 0 && (
              <Text>
                <Text type="secondary">{t('tokens.units')}: </Text>
                {token.units.map((u) => u.shortName ?? u.name).join(', ')}
              </Text>
            )}
            <Text type="secondary">
              {token.lastUsedAt
                ? t('tokens.lastUsed', { date: formatDateTime(token.lastUsedAt) })
                : t('tokens.neverUsed')}
            </Text>
            {token.owner.id !== userId && (
              <Text type="secondary">{t('tokens.owner', { username: token.owner.username })}</Text>
            )}
          </Flex>
        </li>
      ))}
    </ul>
  );
}
