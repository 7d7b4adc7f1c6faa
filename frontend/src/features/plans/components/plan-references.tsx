import { Collapse, Typography } from 'antd';
import type { CollapseProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentReference, PlanDetail } from '@/types/api';
import { formatDate } from '@/utils/format';

const KIND_ORDER: DocumentReference['kind'][] = ['IMPLEMENTS', 'CITES', 'FOOTNOTE'];

function ReferenceLine({ reference }: { reference: DocumentReference }) {
  const { t } = useTranslation();
  const type = t(`plan.documentType.${reference.documentType}`, {
    defaultValue: reference.documentType,
  });
  return (
    <li data-testid={`reference-${reference.id}`}>
      {reference.footnoteMark != null && <sup>{reference.footnoteMark} </sup>}
      {type} {t('plan.referenceNumber', { number: reference.number })}
      {reference.issueDate &&
        ` ${t('plan.referenceDated', { date: formatDate(reference.issueDate) })}`}
      {reference.issuer && ` ${t('plan.referenceOf', { issuer: reference.issuer })}`}
      {reference.title && <Typography.Text italic> “{reference.title}”</Typography.Text>}
      {reference.taskCode && (
        <Typography.Text type="secondary">
          {' '}
          ({t('plan.footnoteAt', { code: reference.taskCode })})
        </Typography.Text>
      )}
    </li>
  );
}

function Prose({ text }: { text: string }) {
  return <div style={{ whiteSpace: 'pre-line' }}>{text}</div>;
}

/** The plan's other parts, folded: references, purpose, arrangements, recipients, signature. */
export function PlanReferences({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const items: CollapseProps['items'] = [];
  if (plan.references.length > 0) {
    items.push({
      key: 'references',
      label: t('plan.references', { count: plan.references.length }),
      children: KIND_ORDER.map((kind) => {
        const refs = plan.references.filter((r) => r.kind === kind);
        if (refs.length === 0) return null;
        return (
          <div key={kind}>
            <Typography.Text strong>{t(`plan.referenceKind.${kind}`)}</Typography.Text>
            <ul style={{ paddingInlineStart: 20 }}>
              {refs.map((r) => (
                <ReferenceLine key={r.id} reference={r} />
              ))}
            </ul>
          </div>
        );
      }),
    });
  }
  if (plan.purpose)
    items.push({
      key: 'purpose',
      label: t('plan.purpose'),
      children: <Prose text={plan.purpose} />,
    });
  if (plan.implementationArrangements)
    items.push({
      key: 'arrangements',
      label: t('plan.arrangements'),
      children: <Prose text={plan.implementationArrangements} />,
    });
  if (plan.recipients.length > 0)
    items.push({
      key: 'recipients',
      label: t('plan.recipients'),
      children: (
        <ul style={{ paddingInlineStart: 20, margin: 0 }}>
          {plan.recipients.map((r, i) => (
            <li key={i} style={{ marginInlineStart: (r.level - 1) * 20 }}>
              {r.text}
              {r.note && <Typography.Text type="secondary"> ({r.note})</Typography.Text>}
            </li>
          ))}
        </ul>
      ),
    });
  const s = plan.signature;
  if (s && (s.signerName || s.signerTitle))
    items.push({
      key: 'signature',
      label: t('plan.signature'),
      children: (
        <div style={{ textAlign: 'center', fontWeight: 600 }}>
          {[s.onBehalfOf, s.signingFor, s.signerTitle].filter(Boolean).map((line) => (
            <div key={line}>{line}</div>
          ))}
          {s.signerName && <div style={{ marginTop: 8 }}>{s.signerName}</div>}
        </div>
      ),
    });
  if (items.length === 0) return null;
  return <Collapse items={items} data-testid="references" style={{ marginBottom: 16 }} />;
}
