import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Figure } from '@/types/api';
import { formatNumber } from '@/utils/format';

/** An entry's figures, read only: label, then value and unit ("1.234,5 người"). */
export function FigureTable({ figures }: { figures: Figure[] }) {
  const { t, i18n } = useTranslation();
  if (figures.length === 0) return <Typography.Text type="secondary">–</Typography.Text>;
  return (
    <table className="figure-table" data-testid="entry-figures">
      <thead>
        <tr>
          <th scope="col">{t('reports.figureLabel')}</th>
          <th scope="col">{t('reports.figureValue')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure, i) => (
          <tr key={i} data-testid="entry-figure">
            <td>{figure.label}</td>
            <td className="figure-value">
              {formatNumber(figure.value, i18n.language)}
              {figure.unit ? ` ${figure.unit}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
