import { screen, waitFor, within } from '@testing-library/react';
import { routes } from '@/app/router';
import { stubNodeMultipart } from '@/testing/node-multipart';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';

const ANNUAL = 1;
const BO_Y = 31;

function evidenceRequests(requests: Request[], method: string) {
  return requests.filter(
    (r) => r.method === method && /\/evidence(\/\d+)?$/.test(new URL(r.url).pathname),
  );
}

async function openReport(status?: 'SUBMITTED') {
  const api = mockApi();
  api.accounts.signIn('boy');
  const report = api.reporting.find(ANNUAL, BO_Y);
  if (status) Object.assign(report, { status, submittedAt: '2026-11-25T02:00:00Z' });
  return { api, report };
}

describe('evidence files', () => {
  beforeEach(stubNodeMultipart);

  it('uploads a file as multipart `file` and lists it, keeping the unsaved text', async () => {
    const { api, report } = await openReport();
    const entry = report.entries[0];
    const { user } = renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    const card = await screen.findByTestId(`entry-${entry.taskCode}`);
    await enterText(user, within(card).getByTestId('entry-results'), 'Chưa lưu');

    const file = new File(['%PDF-1.7'.padEnd(1536, ' ')], 'bien-ban-hop.pdf', {
      type: 'application/pdf',
    });
    await user.upload(within(card).getByTestId('evidence-upload'), file);

    const item = await within(card).findByTestId('evidence-item');
    expect(within(item).getByRole('link', { name: 'bien-ban-hop.pdf' })).toHaveAttribute(
      'href',
      `/api/v1/reports/${report.id}/evidence/${entry.evidence[0].id}`,
    );
    expect(within(item).getByTestId('evidence-size')).toHaveTextContent('1,5 KB');
    expect(within(item).getByTestId('evidence-checksum')).toHaveTextContent(
      entry.evidence[0].sha256.slice(0, 8),
    );

    const [post] = evidenceRequests(api.requests, 'POST');
    expect(new URL(post.url).pathname).toBe(
      `/api/v1/reports/${report.id}/entries/${entry.taskId}/evidence`,
    );
    expect(post.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(post.headers.get('X-CSRF-Token')).toBeTruthy();
    const sent = (await post.clone().formData()).get('file') as File;
    expect(sent.name).toBe('bien-ban-hop.pdf');
    expect(sent.size).toBe(file.size);

    // The upload refetched the report; what the officer typed is still there and in the draft.
    expect(within(card).getByTestId('entry-results')).toHaveTextContent('Chưa lưu');
    expect(screen.getByTestId('report-form')).toBeInTheDocument();
    expect(localStorage.getItem(`plan-tracker.report-draft.${report.id}`)).toContain('Chưa lưu');
    expect(entry.results).toBeNull();
  });

  it("shows the server's 422 detail, and refuses a file over 10 MB before sending it", async () => {
    const { api, report } = await openReport();
    const entry = report.entries[0];
    const { user } = renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    const card = await screen.findByTestId(`entry-${entry.taskCode}`);

    await user.upload(
      within(card).getByTestId('evidence-upload'),
      new File([], 'trong.pdf', { type: 'application/pdf' }),
    );
    expect(await within(card).findByTestId('error-alert')).toHaveTextContent(
      'Tệp không có nội dung.',
    );
    expect(evidenceRequests(api.requests, 'POST')).toHaveLength(1);

    const big = new File(['x'], 'ban-do.png', { type: 'image/png' });
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
    await user.upload(within(card).getByTestId('evidence-upload'), big);
    expect(await within(card).findByTestId('evidence-refused')).toHaveTextContent(
      'Tệp ban-do.png lớn hơn 10 MB.',
    );
    expect(within(card).queryByTestId('error-alert')).not.toBeInTheDocument();
    expect(evidenceRequests(api.requests, 'POST')).toHaveLength(1);
    expect(within(card).queryByTestId('evidence-item')).not.toBeInTheDocument();
  });

  it('removes a file after confirmation', async () => {
    const { api, report } = await openReport();
    const entry = report.entries[0];
    const evidence = api.reporting.addEvidence(report, { fileName: 'danh-sach.xlsx' });
    const { user } = renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    const card = await screen.findByTestId(`entry-${entry.taskCode}`);
    const item = await within(card).findByTestId('evidence-item');
    expect(item).toHaveTextContent('danh-sach.xlsx');
    expect(within(item).getByTestId('evidence-size')).toHaveTextContent('240 KB');

    await user.click(within(item).getByTestId('remove-evidence'));
    await user.click(await screen.findByRole('button', { name: 'Xóa' }));
    await waitFor(() =>
      expect(within(card).queryByTestId('evidence-item')).not.toBeInTheDocument(),
    );
    const [removal] = evidenceRequests(api.requests, 'DELETE');
    expect(new URL(removal.url).pathname).toBe(
      `/api/v1/reports/${report.id}/evidence/${evidence.id}`,
    );
    expect(entry.evidence).toEqual([]);
  });

  it('lists the files of a submitted report read only, with download links', async () => {
    const { api, report } = await openReport('SUBMITTED');
    const evidence = api.reporting.addEvidence(report, {
      fileName: 'anh-hien-truong.jpg',
      mediaType: 'image/jpeg',
      size: 3_250_000,
    });
    renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    const card = await screen.findByTestId(`entry-${report.entries[0].taskCode}`);
    expect(screen.queryByTestId('report-form')).not.toBeInTheDocument();
    const item = within(card).getByTestId('evidence-item');
    expect(within(item).getByRole('link', { name: 'anh-hien-truong.jpg' })).toHaveAttribute(
      'href',
      `/api/v1/reports/${report.id}/evidence/${evidence.id}`,
    );
    expect(within(item).getByTestId('evidence-size')).toHaveTextContent('3,1 MB');
    expect(within(item).queryByTestId('remove-evidence')).not.toBeInTheDocument();
    expect(screen.queryByTestId('evidence-upload')).not.toBeInTheDocument();

    const download = await fetch(`/api/v1/reports/${report.id}/evidence/${evidence.id}`);
    expect(download.headers.get('Content-Disposition')).toBe(
      'attachment; filename="anh-hien-truong.jpg"',
    );
  });
});
