import type { Obstacle, ReportEntry } from '@/types/api';
import { mergeDraft, toEntryInputs, type ReportDraft } from './report-draft';

function obstacle(fields: Partial<Obstacle>): Obstacle {
  return {
    id: 1,
    description: 'Thiếu kinh phí',
    proposal: null,
    status: 'OPEN',
    owner: null,
    response: null,
    handledAt: null,
    version: 1,
    ...fields,
  };
}

function entry(obstacles: Obstacle[]): ReportEntry {
  return {
    taskId: 7,
    taskCode: '1.a',
    taskText: 'Tuyên truyền',
    role: 'LEAD',
    progress: 'IN_PROGRESS',
    results: null,
    obstacles,
    evidence: [],
    figures: [],
  };
}

describe('report drafts', () => {
  it('keeps handled obstacles as the server has them, even when the draft changed or dropped them', () => {
    const handled = obstacle({ id: 2, description: 'Thiếu giáo viên', status: 'ESCALATED' });
    const open = obstacle({ id: 3, description: 'Thiếu phòng học' });
    const draft: ReportDraft = {
      version: 1,
      entries: [
        {
          taskId: 7,
          progress: 'DONE',
          results: 'Xong',
          obstacles: [
            { id: 3, description: 'Thiếu phòng học (sửa)', proposal: '' },
            { description: 'Mới', proposal: 'Đề xuất' },
          ],
          figures: [],
        },
      ],
    };
    const [merged] = mergeDraft([entry([handled, open])], draft);
    expect(merged.obstacles).toEqual([
      { id: 3, description: 'Thiếu phòng học (sửa)', proposal: '' },
      { description: 'Mới', proposal: 'Đề xuất' },
      { id: 2, description: 'Thiếu giáo viên', proposal: '' },
    ]);
  });

  it('turns a draft from before obstacles were a list into one obstacle', () => {
    const old = {
      version: 1,
      entries: [{ taskId: 7, progress: 'DONE', results: '', obstacles: 'Thiếu kinh phí' }],
    } as unknown as ReportDraft;
    const [merged] = mergeDraft([entry([])], old);
    expect(merged.obstacles).toEqual([{ description: 'Thiếu kinh phí', proposal: '' }]);
  });

  it('drops blank new obstacles and trims the rest when saving', () => {
    const [input] = toEntryInputs([
      {
        taskId: 7,
        progress: 'DONE',
        results: ' ',
        obstacles: [
          { description: '  ', proposal: '' },
          { id: 4, description: ' Thiếu xe ', proposal: ' Mua xe ' },
        ],
        figures: [],
      },
    ]);
    expect(input.obstacles).toEqual([{ id: 4, description: 'Thiếu xe', proposal: 'Mua xe' }]);
  });

  it('sends results as HTML, an empty editor as "", and the figures trimmed', () => {
    const [filled, empty] = toEntryInputs([
      {
        taskId: 7,
        progress: 'DONE',
        results: '<p>Đã <strong>mở</strong> 2 lớp</p>',
        obstacles: [],
        figures: [
          { label: ' Học viên ', value: 60, unit: ' người ' },
          { label: 'Kinh phí', value: 1234.5, unit: '' },
          { label: '', value: null, unit: '' },
        ],
      },
      { taskId: 8, progress: 'DONE', results: '<p></p>', obstacles: [], figures: [] },
    ]);
    expect(filled.results).toBe('<p>Đã <strong>mở</strong> 2 lớp</p>');
    expect(filled.figures).toEqual([
      { label: 'Học viên', value: 60, unit: 'người' },
      { label: 'Kinh phí', value: 1234.5 },
    ]);
    expect(empty.results).toBe('');
    expect(empty.figures).toEqual([]);
  });

  it("loads plain-text results (saved or drafted) as a paragraph, and keeps the server's figures under an older draft", () => {
    const saved = {
      ...entry([]),
      results: 'Đã xong\nbáo cáo',
      figures: [{ label: 'Lớp', value: 2, unit: null }],
    };
    expect(mergeDraft([saved], undefined)[0]).toMatchObject({
      results: '<p>Đã xong<br>báo cáo</p>',
      figures: [{ label: 'Lớp', value: 2, unit: '' }],
    });
    const old = {
      version: 1,
      entries: [{ taskId: 7, progress: 'DONE', results: 'Nháp <cũ>', obstacles: [] }],
    } as unknown as ReportDraft;
    const [merged] = mergeDraft([saved], old);
    expect(merged.results).toBe('<p>Nháp &lt;cũ&gt;</p>');
    expect(merged.figures).toEqual([{ label: 'Lớp', value: 2, unit: '' }]);
  });
});
