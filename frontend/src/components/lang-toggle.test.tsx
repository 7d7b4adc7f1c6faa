import { act, screen } from '@testing-library/react';
import { NAV_ITEMS } from '@/config/navigation';
import { changeLanguage, currentLanguage } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';
import { AppLayout } from './layouts/app-layout';

describe('language toggle', () => {
  afterEach(async () => {
    await act(() => changeLanguage('vi'));
  });

  it('starts in Vietnamese and switches the navigation to English, remembering it', async () => {
    const { user } = renderWithProviders(null, {
      routes: [
        { element: <AppLayout nav={NAV_ITEMS} />, children: [{ path: '*', element: <p>page</p> }] },
      ],
    });
    expect(screen.getByTestId('nav-plans')).toHaveTextContent('Kế hoạch');
    expect(screen.getByTestId('lang-toggle')).toHaveTextContent('English');

    await user.click(screen.getByTestId('lang-toggle'));

    expect(await screen.findByText('Plans')).toBeInTheDocument();
    expect(screen.getByTestId('nav-units')).toHaveTextContent('Units');
    expect(screen.getByTestId('lang-toggle')).toHaveTextContent('Tiếng Việt');
    expect(currentLanguage()).toBe('en');
    expect(localStorage.getItem('plan-tracker.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByTestId('lang-toggle'));
    expect(await screen.findByText('Kế hoạch')).toBeInTheDocument();
  });
});
