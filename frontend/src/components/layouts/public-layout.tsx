import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LangToggle } from '@/components/lang-toggle';

/** A page for signed-out visitors: the language switch and one card under the app's name. */
export function PublicLayout({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: '24px 12px' }}>
      <title>{`${title} – ${t('app.title')}`}</title>
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 400 }}>
        <LangToggle />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 400, marginTop: 24 }} data-testid={testId}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{title}</Typography.Paragraph>
        {children}
      </Card>
    </Flex>
  );
}
