import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '@/lib/i18n';

/** Switches between Vietnamese and English; the button names the other language. */
export function LangToggle() {
  const { t } = useTranslation();
  const next = currentLanguage() === 'vi' ? 'en' : 'vi';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      aria-label={t('app.switchToAria')}
      lang={next}
      data-testid="lang-toggle"
      onClick={() => void changeLanguage(next)}
      style={{ color: 'inherit' }}
    >
      {/* On a phone only the globe shows (index.css); the aria-label names the language. */}
      <span className="lang-toggle-label">{t('app.switchTo')}</span>
    </Button>
  );
}
