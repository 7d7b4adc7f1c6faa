import { render, screen } from '@testing-library/react';
import { TimeframeBadge } from './timeframe-badge';

describe('TimeframeBadge', () => {
  it('shows "Thường xuyên" for an ongoing task', () => {
    render(<TimeframeBadge timeframe="ONGOING" dueDate={null} />);
    const badge = screen.getByTestId('timeframe-badge');
    expect(badge).toHaveTextContent('Thường xuyên');
    expect(badge).toHaveAttribute('data-state', 'ongoing');
  });

  it('shows the due date dd/MM/yyyy before the deadline', () => {
    render(<TimeframeBadge timeframe="DUE" dueDate="2023-12-31" today="2023-12-01" />);
    const badge = screen.getByTestId('timeframe-badge');
    expect(badge).toHaveTextContent('Hạn 31/12/2023');
    expect(badge).toHaveAttribute('data-state', 'due');
    expect(badge.className).not.toMatch(/red/);
  });

  it('turns red once the due date has passed', () => {
    render(<TimeframeBadge timeframe="DUE" dueDate="2023-12-31" today="2024-01-01" />);
    const badge = screen.getByTestId('timeframe-badge');
    expect(badge).toHaveAttribute('data-state', 'overdue');
    expect(badge.className).toMatch(/red/);
    expect(badge).toHaveAttribute('title', 'Đã quá hạn');
  });
});
