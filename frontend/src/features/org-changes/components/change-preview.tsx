import {
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Row,
  Select,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgChangeInput, OrgChangePreview } from '@/types/api';
import { formatDate } from '@/utils/format';
import { shareDefault, shareKey, successorOptions } from '../utils/change-input';
import { ChangeKindTag } from './change-kind-tag';
import { UnitRefs } from './unit-refs';

/** The preview's counts, each with a test id naming the count. */
export function PreviewCounts({ preview }: { preview: OrgChangePreview }) {
  const { t } = useTranslation();
  const counts: [string, number][] = [
    ['closing', preview.closing.length],
    ['opening', preview.opening.length],
    ['assignments', preview.assignments],
    ['groups', preview.groups],
    ['plans', preview.plans.length],
    ['openReports', preview.openReports],
    ['users', preview.users.length],
    ['tokens', preview.tokens],
  ];
  return (
    <Row gutter={[12, 12]} data-testid="preview-counts">
      {counts.map(([key, value]) => (
        <Col xs={12} sm={8} md={6} key={key}>
          <Card size="small" data-testid={`preview-${key}`} data-count={value}>
            <Statistic title={t(`orgChanges.preview.${key}`)} value={value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export interface ChangePreviewProps {
  input: OrgChangeInput;
  preview: OrgChangePreview;
  /** The recorder's choice of successors per duty (share key → successor options). */
  choices: Record<string, string[]>;
  onChoose: (key: string, successors: string[]) => void;
  onRepreview: () => void;
  repreviewing: boolean;
}

/** Step 2: what the change will do, the organisation before and after, and for a split the shares. */
export function ChangePreview({
  input,
  preview,
  choices,
  onChoose,
  onRepreview,
  repreviewing,
}: ChangePreviewProps) {
  const { t } = useTranslation();
  const options = successorOptions(input, preview.continuing);
  return (
    <div data-testid="org-change-preview">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        <ChangeKindTag kind={preview.kind} />{' '}
        {t('orgChanges.effective', { date: formatDate(preview.effectiveDate) })}
      </Typography.Title>
      <Typography.Title level={5}>{t('orgChanges.preview.counts')}</Typography.Title>
      <PreviewCounts preview={preview} />

      <Typography.Title level={5}>{t('orgChanges.preview.diff')}</Typography.Title>
      <Row gutter={[12, 12]} data-testid="preview-diff">
        <Col xs={24} md={12}>
          <Card size="small" title={t('orgChanges.preview.before')}>
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="preview-before">
              {preview.closing.map((unit) => (
                <li key={unit.id}>
                  <Typography.Text delete>{unit.name}</Typography.Text>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('orgChanges.preview.after')}>
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="preview-after">
              {preview.opening.map((name) => (
                <li key={`new-${name}`}>
                  <Tag color="green">+</Tag>
                  {name}
                </li>
              ))}
              {preview.continuing.map((unit) => (
                <li key={unit.id}>
                  <UnitRefs units={[unit]} />
                </li>
              ))}
            </ul>
          </Card>
        </Col>
      </Row>
      {(preview.plans.length > 0 || preview.users.length > 0) && (
        <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
          {preview.plans.map((plan) => (
            <Descriptions.Item
              key={`${plan.planId}-${plan.role}`}
              label={t('orgChanges.preview.plans')}
            >
              {t('orgChanges.preview.planRole', {
                title: plan.title,
                role: t(`orgChanges.preview.role.${plan.role}`, { defaultValue: plan.role }),
                from: plan.from.name,
                to: plan.to.name,
              })}
            </Descriptions.Item>
          ))}
          {preview.users.length > 0 && (
            <Descriptions.Item label={t('orgChanges.preview.users')}>
              {preview.users.join(', ')}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}

      {preview.shares.length > 0 && (
        <section data-testid="preview-shares" style={{ marginTop: 16 }}>
          <Typography.Title level={5}>{t('orgChanges.preview.shares')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('orgChanges.preview.sharesHelp')}
          </Typography.Paragraph>
          <Flex vertical gap={8}>
            {preview.shares.map((share) => {
              const key = shareKey(share);
              const value = choices[key] ?? shareDefault(share, options);
              return (
                <Card size="small" key={key} data-testid={`share-${key}`}>
                  <div style={{ width: '100%' }}>
                    <div>
                      <Tag>{t(`orgChanges.preview.dutyKind.${share.duty}`)}</Tag>
                      <Typography.Text strong>{share.label ?? share.from.name}</Typography.Text>
                      {share.chosen && (
                        <Typography.Text type="secondary">
                          {' '}
                          · {t('orgChanges.preview.chosen')}
                        </Typography.Text>
                      )}
                    </div>
                    <Select
                      mode={share.duty === 'AREA' ? undefined : 'multiple'}
                      style={{ width: '100%', marginTop: 6 }}
                      aria-label={`${t('orgChanges.preview.to')}: ${share.label ?? share.from.name}`}
                      data-testid={`share-select-${key}`}
                      value={share.duty === 'AREA' ? value[0] : value}
                      options={options}
                      onChange={(next: string | string[]) =>
                        onChoose(key, Array.isArray(next) ? next : [next])
                      }
                    />
                  </div>
                </Card>
              );
            })}
          </Flex>
          <Button
            style={{ marginTop: 8 }}
            onClick={onRepreview}
            loading={repreviewing}
            disabled={Object.keys(choices).length === 0}
            data-testid="org-change-repreview"
          >
            {t('orgChanges.preview.repreview')}
          </Button>
        </section>
      )}
    </div>
  );
}
