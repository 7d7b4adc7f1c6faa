import { ConfigProvider, Grid, Layout, Menu, Skeleton } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LangToggle } from '@/components/lang-toggle';
import { selectedNavKey, type NavItem } from '@/config/navigation';
import { paths } from '@/config/paths';

const { Header, Content } = Layout;

export interface AppLayoutProps {
  /** The navigation the signed-in user may use. */
  nav: readonly NavItem[];
  /** Shown at the right end of the header (the user menu). */
  actions?: ReactNode;
}

/** Page frame: title, navigation, language toggle and actions on top, the routed page below. */
export function AppLayout({ nav, actions }: AppLayoutProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const selected = selectedNavKey(pathname, nav);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: screens.md ? 12 : 4,
          paddingInline: screens.md ? 24 : 8,
          color: '#fff',
        }}
      >
        <Link
          to={paths.home.getHref()}
          style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap' }}
          data-testid="app-title"
        >
          {screens.md ? t('app.title') : t('app.shortTitle')}
        </Link>
        {/* Narrower items on a phone; what does not fit folds into "…". */}
        <ConfigProvider
          theme={{ components: { Menu: { itemPaddingInline: screens.md ? 20 : 10 } } }}
        >
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={selected ? [selected] : []}
            style={{ flex: 1, minWidth: 0 }}
            items={nav.map((item) => ({
              key: item.key,
              label: (
                <Link to={item.href} data-testid={item.testId}>
                  {t(`app.nav.${item.key}`)}
                </Link>
              ),
            }))}
          />
        </ConfigProvider>
        <LangToggle />
        {actions}
      </Header>
      <Content
        style={{
          padding: screens.md ? 24 : 8,
          maxWidth: 1200,
          width: '100%',
          marginInline: 'auto',
        }}
      >
        {/* Pages are lazy chunks: the frame stays while one loads. */}
        <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
          <Outlet />
        </Suspense>
      </Content>
    </Layout>
  );
}
