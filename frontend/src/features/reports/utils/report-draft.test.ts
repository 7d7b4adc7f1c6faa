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
      },
    ]);
    expect(input.obstacles).toEqual([{ id: 4, description: 'Thiếu xe', proposal: 'Mua xe' }]);
  });
});
