/**
 * XMLHttpRequest over the mocked fetch, for code that uploads with progress. jsdom's own would
 * go to the network. One progress event reports the whole body sent, then the answer comes from
 * `fetch` (the mock API), so the request is recorded and checked like any other.
 */
import { vi } from 'vitest';

type Listener = ((event: ProgressEvent) => void) | null;

class FetchXhr {
  readonly upload: { onprogress: Listener; onload: Listener } = { onprogress: null, onload: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  withCredentials = false;
  status = 0;
  statusText = '';
  responseText = '';
  private method = 'GET';
  private url = '';
  private readonly headers = new Headers();
  private responseHeaders = new Headers();

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers.set(name, value);
  }

  getResponseHeader(name: string) {
    return this.responseHeaders.get(name);
  }

  send(body: BodyInit | null) {
    void (async () => {
      try {
        const sent = { lengthComputable: true, loaded: 1, total: 1 } as ProgressEvent;
        this.upload.onprogress?.(sent);
        this.upload.onload?.(sent);
        const response = await globalThis.fetch(
          new Request(new URL(this.url, window.location.href), {
            method: this.method,
            headers: this.headers,
            body,
          }),
        );
        this.status = response.status;
        this.statusText = response.statusText;
        this.responseHeaders = response.headers;
        this.responseText = await response.text();
        this.onload?.();
      } catch {
        this.onerror?.();
      }
    })();
  }
}

/** Makes XMLHttpRequest go through fetch until `vi.unstubAllGlobals()` (after each test). */
export function stubXhrOverFetch() {
  vi.stubGlobal('XMLHttpRequest', FetchXhr);
}
