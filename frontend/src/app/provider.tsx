import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from '@/lib/react-query';

export interface AppProviderProps {
  children: ReactNode;
  queryClient?: QueryClient;
}

/**
 * Base text style for everything below, as Ant Design's `<App>` sets it. `<App>` itself is not
 * used: it would put the modal, message and notification code (unused here) in the first load.
 */
function AppFrame({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        color: token.colorText,
        fontSize: token.fontSize,
        lineHeight: token.lineHeight,
        fontFamily: token.fontFamily,
      }}
    >
      {children}
    </div>
  );
}

/** Data, language and Ant Design context for the whole app. */
export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const { i18n } = useTranslation();

  // Problems come back in the request's language: refetch on a language switch.
  useEffect(() => {
    const onChange = () => void client.invalidateQueries();
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [client, i18n]);

  return (
    <QueryClientProvider client={client}>
      <ConfigProvider
        locale={i18n.language === 'en' ? enUS : viVN}
        theme={{ token: { colorPrimary: '#1d4e89', borderRadius: 4 } }}
      >
        <AppFrame>{children}</AppFrame>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
