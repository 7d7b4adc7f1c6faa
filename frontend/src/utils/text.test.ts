import { compareVietnamese, foldVietnamese, matchesVietnamese, sortByVietnamese } from './text';

describe('foldVietnamese', () => {
  it('drops diacritics, folds đ and case', () => {
    expect(foldVietnamese('Phòng Giáo dục và Đào tạo')).toBe('phong giao duc va dao tao');
    expect(foldVietnamese('Ủy ban nhân dân xã Đắk Xú')).toBe('uy ban nhan dan xa dak xu');
    expect(foldVietnamese('  Lao   động ')).toBe('lao dong');
  });

  it('treats precomposed and combining forms alike', () => {
    expect(foldVietnamese('Ho\u0300a')).toBe(foldVietnamese('Hòa'));
  });
});

describe('matchesVietnamese', () => {
  const unit = ['Phòng Giáo dục và Đào tạo', 'Phòng GD&ĐT'];

  it('finds a unit typed without diacritics', () => {
    expect(matchesVietnamese('giao duc', ...unit)).toBe(true);
    expect(matchesVietnamese('dao tao', ...unit)).toBe(true);
    expect(matchesVietnamese('GIÁO DỤC', ...unit)).toBe(true);
  });

  it('matches the short name too, and every word must occur', () => {
    expect(matchesVietnamese('gd&dt', ...unit)).toBe(true);
    expect(matchesVietnamese('phong dao', ...unit)).toBe(true);
    expect(matchesVietnamese('phong lao dong', ...unit)).toBe(false);
  });

  it('matches everything for an empty query and ignores missing texts', () => {
    expect(matchesVietnamese('  ', 'x')).toBe(true);
    expect(matchesVietnamese('bo y', null, undefined, 'UBND xã Bờ Y')).toBe(true);
  });
});

describe('Vietnamese order', () => {
  it('sorts đ after d and accented vowels after plain ones', () => {
    const names = ['Đắk Xú', 'Bờ Y', 'Dân tộc', 'Sa Loong', 'Ân'];
    expect(sortByVietnamese(names, (n) => n)).toEqual([
      'Ân',
      'Bờ Y',
      'Dân tộc',
      'Đắk Xú',
      'Sa Loong',
    ]);
    expect(compareVietnamese('Dân', 'Đắk')).toBeLessThan(0);
  });
});
