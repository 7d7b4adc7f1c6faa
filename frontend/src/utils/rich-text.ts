/**
 * Rich-text results as the server keeps them: HTML limited to p, br, strong/b, em/i, u, s, ul, ol,
 * li and a[href]. Older values (and drafts) are plain text; these helpers tell the two apart.
 */

const HTML_START = /^<(p|br|strong|b|em|i|u|s|ul|ol|li|a)[\s/>]/i;

/** True when the value is HTML as the editor writes it, false for plain text. */
export function isRichTextHtml(value: string): boolean {
  return HTML_START.test(value.trim());
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The value as HTML for the editor: HTML stays as it is; plain text becomes paragraphs, one per
 * blank-line-separated block, with single line breaks kept; null or blank → "".
 */
export function toRichTextHtml(value: string | null | undefined): string {
  if (!value || !value.trim()) return '';
  if (isRichTextHtml(value)) return value;
  return value
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((block) => `<p>${escapeHtml(block.trim()).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/** True when the HTML shows no text ("<p></p>", "<p> </p><p></p>", ""). */
export function isBlankRichText(html: string | null | undefined): boolean {
  if (!html) return true;
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .trim();
  return text === '';
}

/** The text of rich-text HTML, paragraphs and list items on lines of their own. */
export function richTextToPlain(html: string | null | undefined): string {
  if (!html) return '';
  if (!isRichTextHtml(html)) return html;
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\n+/g, '\n')
    .trim();
}
