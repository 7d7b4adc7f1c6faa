import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Obstacle } from '@/types/api';
import { formatDateTime } from '@/utils/format';
import { ObstacleStatusTag } from './obstacle-status-tag';

const { Text } = Typography;

/** One obstacle, read only: what the unit raised and how the coordinator handles it. */
export function ObstacleDetails({ obstacle }: { obstacle: Obstacle }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2} data-testid={`obstacle-${obstacle.id}`}>
      <Flex gap={8} wrap align="baseline">
        <ObstacleStatusTag status={obstacle.status} />
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="obstacle-description">
          {obstacle.description}
        </Text>
      </Flex>
      {obstacle.proposal && (
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          <Text type="secondary">{t('reports.obstacleProposal')}: </Text>
          {obstacle.proposal}
        </Text>
      )}
      {obstacle.owner && (
        <Text>
          <Text type="secondary">{t('reports.obstacleOwner')}: </Text>
          <span data-testid="obstacle-owner">{obstacle.owner.name}</span>
        </Text>
      )}
      {obstacle.response && (
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          <Text type="secondary">{t('reports.obstacleResponse')}: </Text>
          <span data-testid="obstacle-response">{obstacle.response}</span>
          {obstacle.handledAt && (
            <Text type="secondary"> ({formatDateTime(obstacle.handledAt)})</Text>
          )}
        </Text>
      )}
    </Flex>
  );
}

/** An entry's obstacles, read only, or "Không có". */
export function ObstacleList({ obstacles }: { obstacles: Obstacle[] }) {
  const { t } = useTranslation();
  if (obstacles.length === 0) return <Text type="secondary">{t('reports.noObstacles')}</Text>;
  return (
    <Flex vertical gap={8} data-testid="entry-obstacles">
      {obstacles.map((obstacle) => (
        <ObstacleDetails key={obstacle.id} obstacle={obstacle} />
      ))}
    </Flex>
  );
}
