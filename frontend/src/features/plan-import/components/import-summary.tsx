import { Alert, Collapse, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftProblem, ImportWarning } from '@/types/api';
import { whereText } from '../utils/draft';

/** What stops confirmation (problems) and what the reader was unsure of (warnings). */
export function ImportSummary({
  problems,
  warnings,
}: {
  problems: readonly DraftProblem[];
  warnings: readonly ImportWarning[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <Alert
        type={problems.length > 0 ? 'error' : 'success'}
        showIcon
        data-testid="import-summary"
        data-problems={problems.length}
        title={
          problems.length > 0
            ? t('planImport.problems', { count: problems.length })
            : t('planImport.noProblems')
        }
        description={
          <>
            {problems.length > 0 && (
              <ul data-testid="import-problems" style={{ margin: '4px 0', paddingLeft: 20 }}>
                {problems.map((p, i) => (
                  <li key={`${p.field}-${p.code}-${i}`} data-field={p.field} data-code={p.code}>
                    {p.message}
                  </li>
                ))}
              </ul>
            )}
            {warnings.length > 0 && (
              <Typography.Text type="secondary">
                {t('planImport.warnings', { count: warnings.length })}
              </Typography.Text>
            )}
          </>
        }
      />
      {warnings.length > 0 && (
        <Collapse
          size="small"
          data-testid="import-warnings"
          items={[
            {
              key: 'warnings',
              label: t('planImport.warningsTitle', { count: warnings.length }),
              children: (
                <ul className="plain-list">
                  {warnings.map((w, i) => (
                    <li key={i} data-kind={w.kind}>
                      <Tag color="orange">{t(`planImport.warningKind.${w.kind}`)}</Tag>
                      {w.text}
                      {w.where && (
                        <Typography.Text type="secondary">
                          {' '}
                          ({t('planImport.warningWhere', { where: whereText(w.where, t) })})
                        </Typography.Text>
                      )}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
