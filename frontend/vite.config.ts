/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';
const ANTD = /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^/\\]+)[\\/]/;
const ANTD_FORMS =
  /node_modules[\\/](antd[\\/]es[\\/](form|modal|radio|switch)|@rc-component[\\/](form|dialog|async-validator|switch))[\\/]/;
// TipTap and the ProseMirror packages under it.
const EDITOR =
  /node_modules[\\/](@tiptap|prosemirror-[^/\\]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs)[\\/]/;
// recharts and the libraries only it uses (D3 parts, Redux); clsx and React's own stay in `vendor`.
const CHARTS =
  /node_modules[\\/](recharts|victory-vendor|d3-[^/\\]+|internmap|@reduxjs|redux|redux-thunk|react-redux|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant)[\\/]/;

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/q': { target: backend, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    // Pages are lazy chunks (src/app/router.tsx). Long-lived vendor chunks: `react` (+ router);
    // `antd`, the Ant Design parts the app frame needs; `antd-forms`, forms and dialogs (sign-in,
    // password, tokens, users); `antd-pages`, the parts most pages use
    // (Card, Typography, Tag, Input …); `vendor`, the other libraries. Ant Design parts used by
    // one or two pages only (Tree on /units, Select and Pagination on the plan pages, Descriptions,
    // the 404 illustrations) travel with those pages, so the plan page does not download the
    // units page's tree and vice versa.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            { name: 'antd', test: ANTD, tags: ['$initial'] },
            // Forms and dialogs (sign-in, password, tokens, users): not for the reading pages.
            { name: 'antd-forms', test: ANTD_FORMS },
            { name: 'antd-pages', test: ANTD, minShareCount: 3 },
            {
              name: 'vendor',
              test: (id) =>
                id.includes('node_modules') &&
                !ANTD.test(id) &&
                !EDITOR.test(id) &&
                !CHARTS.test(id),
            },
            // The rich-text editor (report results), for the report page only. After `vendor`,
            // which takes the libraries it shares with the rest of the app.
            { name: 'editor', test: EDITOR },
            // The indicator charts (recharts), for the indicators page only.
            { name: 'charts', test: CHARTS },
            // App code shared by several pages (API client, tags, links): one small chunk.
            { name: 'shared', test: /[\\/]src[\\/]/, minShareCount: 2 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Test files share one jsdom page and the modules per worker instead of building both again
    // for each file (about half the suite's time here); setup-tests.ts resets what a file may
    // leave behind (DOM, stubbed globals, storage, language).
    isolate: false,
    // Form tests type whole reports through user-event: on a busy 2-core machine some take 20 s.
    testTimeout: 60000,
    // React's scheduler sometimes runs a last queued task after a file's jsdom page is torn down
    // (seen after plan-import.test.tsx on a loaded machine, with every test passed); that one
    // error says nothing about the product. Any other unhandled error still fails the run.
    onUnhandledError(error) {
      const teardownRace =
        error.name === 'ReferenceError' &&
        error.message.includes('window is not defined') &&
        String(error.stack ?? '').includes('react-dom');
      return teardownRace ? false : undefined;
    },
  },
});
