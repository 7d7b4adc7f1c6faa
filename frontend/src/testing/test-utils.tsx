/** Rendering with the app's providers around a component, at a chosen URL. */
import { StyleProvider } from '@ant-design/cssinjs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { createMockFetch, type Handler } from './mock-api';

export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, staleTime: Infinity } },
  });
}

/** Replaces global fetch with the fixture-backed API; returns the recorded requests. */
export function mockApi(...overrides: Handler[]) {
  const mock = createMockFetch(...overrides);
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  return mock;
}

export interface RenderOptions {
  /** The URL to start at. */
  url?: string;
  /** Route definitions; defaults to one catch-all route rendering `ui`. */
  routes?: RouteObject[];
}

export function renderWithProviders(
  ui: ReactElement | null,
  { url = '/', routes }: RenderOptions = {},
) {
  const router = createMemoryRouter(routes ?? [{ path: '*', element: ui }], {
    initialEntries: [url],
  });
  const queryClient = createTestQueryClient();
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <StyleProvider mock="server">
        <ConfigProvider locale={viVN}>
          <RouterProvider router={router} />
        </ConfigProvider>
      </StyleProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient, user };
}

/**
 * Enters a whole text into a field as one paste. Typing key by key re-renders the form once per
 * character, which is most of a form test's time; keep `user.type` where the keys themselves
 * matter (Enter, search as you type, a value checked while typed).
 */
export async function enterText(user: UserEvent, field: Element, text: string) {
  await user.click(field);
  await user.paste(text);
}
