import { WarningOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface CompletenessProps {
  reported: number;
  expected: number;
}

/**
 * "3/8 địa bàn": how many of the expected areas a value rests on; in the warning style when some
 * have not reported, so that a partial value is never read as the whole area's.
 */
export function Completeness({ reported, expected }: CompletenessProps) {
  const { t } = useTranslation();
  const partial = reported < expected;
  return (
    <Typography.Text
      type={partial ? 'warning' : 'secondary'}
      title={partial ? t('indicators.partial', { reported, expected }) : undefined}
      data-testid="completeness"
      data-partial={partial}
      style={{ whiteSpace: 'nowrap' }}
    >
      {partial && <WarningOutlined />} {t('indicators.reportedOf', { reported, expected })}
    </Typography.Text>
  );
}
