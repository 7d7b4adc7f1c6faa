import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { whereText } from './draft';

describe('whereText', () => {
  const t = i18n.t.bind(i18n) as TFunction;

  it('says where in the document in the UI language', async () => {
    await i18n.changeLanguage('vi');
    expect(whereText('line 22', t)).toBe('dòng 22');
    expect(whereText('header', t)).toBe('phần đầu văn bản');
    await i18n.changeLanguage('en');
    expect(whereText('line 22', t)).toBe('line 22');
    expect(whereText('header', t)).toBe('the header');
    await i18n.changeLanguage('vi');
  });

  it('shows any other place as the service sent it', () => {
    expect(whereText('Phụ lục', t)).toBe('Phụ lục');
  });
});
