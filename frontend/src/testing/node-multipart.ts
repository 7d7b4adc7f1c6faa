/**
 * Node's own File and FormData for tests that upload. jsdom's are not Node's, and the Request
 * that sends them loses the file's name and bytes (vitest's bridge reads a jsdom internal that
 * jsdom 29 renamed); Blob stays jsdom's, which the rest of the DOM (clipboard, FileReader) needs.
 */
import { vi } from 'vitest';

async function nodeClasses() {
  // jsdom has no Response, so this one and what it makes are Node's.
  const Blob = (await new Response('').blob()).constructor as typeof globalThis.Blob;
  const FormData = (await new Response(new URLSearchParams()).formData())
    .constructor as typeof globalThis.FormData;
  const probe = new FormData();
  probe.append('file', new Blob([]), 'probe');
  // A parsed multipart body holds real Files (appending wraps a Blob in an internal class).
  const File = ((await new Response(probe).formData()).get('file') as File)
    .constructor as typeof globalThis.File;
  return { File, FormData };
}

/** Makes `File` and `FormData` Node's until `vi.unstubAllGlobals()` (after each test). */
export async function stubNodeMultipart() {
  const { File, FormData } = await nodeClasses();
  vi.stubGlobal('File', File);
  vi.stubGlobal('FormData', FormData);
}
