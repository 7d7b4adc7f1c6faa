import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { changeLanguage, currentLanguage } from '@/lib/i18n';

// The first render of Ant Design is slow on a shared 2-core machine.
configure({ asyncUtilTimeout: 8000 });

// The client uses relative URLs (baseUrl ''), which Node's Request rejects: resolve them against
// the jsdom page, as a browser would.
const NodeRequest = globalThis.Request;
class PageRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href) : input, init);
  }
}
globalThis.Request = PageRequest as typeof Request;

// Ant Design reads media queries and element sizes that jsdom does not implement.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }),
});
// jsdom has no computed style for pseudo-elements, which Ant Design's modals ask for.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// ProseMirror (the rich-text editor) measures the selection to scroll it into view; jsdom lays
// nothing out, so every box is empty.
const emptyRect = () => new DOMRect(0, 0, 0, 0);
const emptyRects = () => {
  const list: DOMRect[] = [];
  return Object.assign(list, { item: (i: number) => list[i] ?? null }) as unknown as DOMRectList;
};
Range.prototype.getBoundingClientRect ??= emptyRect;
Range.prototype.getClientRects ??= emptyRects;
document.elementFromPoint ??= () => null;

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  // Files share modules (isolate: false in vite.config.ts): the next one starts in Vietnamese.
  if (currentLanguage() !== 'vi') {
    await changeLanguage('vi');
  }
  localStorage.clear();
});
