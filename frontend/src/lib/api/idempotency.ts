/**
 * The Idempotency-Key of an action, made from what it acts on (a report and the version it was
 * loaded at, a file): pressing again after a lost answer sends the same key, so the service
 * answers as the first time instead of acting twice. Long inputs are hashed to stay within the
 * 200 characters the service accepts.
 */
export function actOnce(action: string, ...parts: (string | number)[]) {
  const text = [action, ...parts].map((p) => encodeURIComponent(String(p))).join(':');
  return { 'Idempotency-Key': text.length <= 200 ? text : `${action}:${hash(text)}` };
}

const picks = new WeakMap<File, string>();

/**
 * One key per file the user picked: sending the same pick again (after a failure) is a retry,
 * picking the file anew is a new upload even if it is the same file.
 */
export function pickOf(file: File) {
  let key = picks.get(file);
  if (!key) {
    // randomUUID needs a secure context; a dashboard on plain http in an office has none.
    key = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    picks.set(file, key);
  }
  return key;
}

/** FNV-1a over the text, twice with different seeds: 16 hex digits, stable across sessions. */
function hash(text: string) {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
