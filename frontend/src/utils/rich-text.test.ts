import { isBlankRichText, isRichTextHtml, richTextToPlain, toRichTextHtml } from './rich-text';

describe('rich-text values', () => {
  it('keeps HTML and turns plain text into paragraphs', () => {
    expect(toRichTextHtml('<p><strong>Xong</strong></p>')).toBe('<p><strong>Xong</strong></p>');
    expect(toRichTextHtml('Dòng 1\nDòng 2\n\n3 < 4 & 5')).toBe(
      '<p>Dòng 1<br>Dòng 2</p><p>3 &lt; 4 &amp; 5</p>',
    );
    expect(toRichTextHtml(null)).toBe('');
    expect(toRichTextHtml('  ')).toBe('');
  });

  it('tells HTML from plain text', () => {
    expect(isRichTextHtml('<ul><li>a</li></ul>')).toBe(true);
    expect(isRichTextHtml('<3 lớp')).toBe(false);
    expect(isRichTextHtml('Đã tổ chức')).toBe(false);
  });

  it('finds blank editors', () => {
    expect(isBlankRichText('<p></p>')).toBe(true);
    expect(isBlankRichText('<p>&nbsp; </p><p></p>')).toBe(true);
    expect(isBlankRichText('<p>a</p>')).toBe(false);
  });

  it('gives the text of HTML', () => {
    expect(richTextToPlain('<p>Đã <strong>mở</strong> 2 lớp</p><ul><li>A &amp; B</li></ul>')).toBe(
      'Đã mở 2 lớp\nA & B',
    );
  });
});
