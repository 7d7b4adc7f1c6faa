import { AimOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target } from '@/types/api';
import { targetRangeText } from '@/utils/format';

/** The target's measurable range as a tag, "Định tính" for a qualitative one. */
export function TargetRange({ target }: { target: Target }) {
  const { t, i18n } = useTranslation();
  const text = targetRangeText(target, i18n.language, t('plan.about'));
  return text ? (
    <Tag color="cyan" data-testid={`target-range-${target.id}`}>
      {text}
    </Tag>
  ) : (
    <Tag data-testid={`target-range-${target.id}`}>{t('plan.qualitative')}</Tag>
  );
}

/** Section II: the dated targets, by year; `extra` goes in the card's header (a link). */
export function PlanTargets({ targets, extra }: { targets: Target[]; extra?: ReactNode }) {
  const { t } = useTranslation();
  const sorted = [...targets].sort((a, b) => a.targetYear - b.targetYear || a.id - b.id);
  return (
    <Card
      size="small"
      data-testid="targets"
      title={
        <span>
          <AimOutlined /> {t('plan.targets')}
        </span>
      }
      extra={extra}
      style={{ marginBottom: 16 }}
    >
      <ul className="plain-list">
        {sorted.map((target) => (
          <li key={target.id} data-testid={`target-${target.id}`}>
            <div>
              <Flex gap={8} wrap align="center" style={{ marginBottom: 4 }}>
                <Typography.Text strong>
                  {t('plan.targetYear', { year: target.targetYear })}
                </Typography.Text>
                <TargetRange target={target} />
              </Flex>
              <Typography.Paragraph style={{ margin: 0 }}>{target.text}</Typography.Paragraph>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
