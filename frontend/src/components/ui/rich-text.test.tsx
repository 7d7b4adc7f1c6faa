import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { RichText } from './rich-text';

function Controlled({ onChange }: { onChange: (html: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <RichText
      value={value}
      onChange={(html) => {
        setValue(html);
        onChange(html);
      }}
      ariaLabel="Kết quả thực hiện – 1.a"
      testId="results"
    />
  );
}

describe('RichText', () => {
  it('edits text and gives it as HTML, bold from the toolbar', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    const box = screen.getByRole('textbox', { name: 'Kết quả thực hiện – 1.a' });
    await user.click(box);
    await user.keyboard('Đã mở ');
    await user.click(screen.getByRole('button', { name: 'In đậm (Ctrl+B)' }));
    await user.keyboard('2 lớp');
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith('<p>Đã mở <strong>2 lớp</strong></p>'),
    );
    expect(screen.getByRole('button', { name: 'In đậm (Ctrl+B)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('shows HTML read only, formatted, without a toolbar; other tags are dropped', () => {
    render(
      <RichText
        value="<p>Đã <strong>mở</strong> <u>2</u> lớp</p><ul><li>A</li></ul><h1>Tiêu đề</h1><script>alert(1)</script>"
        editable={false}
        testId="results"
      />,
    );
    const view = screen.getByTestId('results');
    expect(view).toHaveAttribute('contenteditable', 'false');
    expect(view.querySelector('strong')).toHaveTextContent('mở');
    expect(view.querySelector('u')).toHaveTextContent('2');
    expect(view.querySelector('ul li')).toHaveTextContent('A');
    expect(view.querySelector('h1')).toBeNull();
    expect(view.querySelector('script')).toBeNull();
    expect(view).toHaveTextContent('Tiêu đề');
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
  });

  it('shows older plain text as a paragraph', () => {
    render(<RichText value={'Dòng 1\nDòng 2'} editable={false} testId="results" />);
    expect(screen.getByTestId('results').innerHTML).toContain('<p>Dòng 1<br');
  });
});
