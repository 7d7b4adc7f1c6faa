/** Vietnamese-aware text helpers: diacritics-insensitive matching and sorting. */

/**
 * Folds text for searching: lower case, no diacritics, đ→d, collapsed spaces.
 * "Phòng Giáo dục và Đào tạo" → "phong giao duc va dao tao".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in one of the texts, ignoring case and diacritics. */
export function matchesVietnamese(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts
    .filter((t): t is string => Boolean(t))
    .map(foldVietnamese)
    .join(' | ');
  return words.every((word) => haystack.includes(word));
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares in Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);

export function sortByVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVietnamese(key(a), key(b)));
}
