import { actOnce, pickOf } from './idempotency';

describe('idempotency keys', () => {
  it('gives the same action on the same version the same key, and the next version another', () => {
    expect(actOnce('submit', 12, 5)).toEqual(actOnce('submit', 12, 5));
    expect(actOnce('submit', 12, 5)).not.toEqual(actOnce('submit', 12, 6));
    expect(actOnce('submit', 12, 5)).not.toEqual(actOnce('accept', 12, 5));
  });

  it('keeps keys to the visible ASCII and 200 characters the service accepts', () => {
    const many = Array.from({ length: 500 }, (_, i) => i);
    for (const header of [actOnce('accept-all', 3, ...many), actOnce('upload', 'Biên bản.pdf')]) {
      const key = header['Idempotency-Key'];
      expect(key.length).toBeLessThanOrEqual(200);
      expect(key).toMatch(/^[\x21-\x7e]+$/);
    }
  });

  it('treats the same picked file as a retry and a new pick as a new upload', () => {
    const first = new File(['%PDF-1.7'], 'bien-ban.pdf');
    const again = new File(['%PDF-1.7'], 'bien-ban.pdf');
    expect(pickOf(first)).toBe(pickOf(first));
    expect(pickOf(first)).not.toBe(pickOf(again));
  });
});
