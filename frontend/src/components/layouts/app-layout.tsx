import { ConfigProvider, Grid, Layout, Menu, Skeleton } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LangToggle } from '@/components/lang-toggle';
import { paths } from '@/config/paths';

const { Header, Content } = Layout;

/** Page frame: title, navigation and language toggle on top, the routed page below. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const selected = pathname.startsWith('/units') ? 'units' : 'plans';
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
        {/* Narrower items on a phone, so both stay visible instead of folding into "…". */}
        <ConfigProvider
          theme={{ components: { Menu: { itemPaddingInline: screens.md ? 20 : 12 } } }}
        >
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={[selected]}
            style={{ flex: 1, minWidth: 0 }}
            items={[
              {
                key: 'plans',
                label: (
                  <Link to={paths.plans.getHref()} data-testid="nav-plans">
                    {t('app.nav.plans')}
                  </Link>
                ),
              },
              {
                key: 'units',
                label: (
                  <Link to={paths.units.getHref()} data-testid="nav-units">
                    {t('app.nav.units')}
                  </Link>
                ),
              },
            ]}
          />
        </ConfigProvider>
        <LangToggle />
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
