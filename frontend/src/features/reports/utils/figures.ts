/** The rules of a report entry's figures (số liệu), as the server checks them. */

export const MAX_FIGURES = 20;
export const MAX_FIGURE_LABEL = 200;
export const MAX_FIGURE_UNIT = 50;
/** The most HTML the server takes for an entry's results. */
export const MAX_RESULTS_HTML = 20000;

export type FigureValueProblem = 'negative' | 'decimals' | 'tooLarge';

/** What is wrong with a figure's value: negative, more than 2 decimals or 13 integer digits. */
export function figureValueProblem(value: number): FigureValueProblem | undefined {
  if (!Number.isFinite(value)) return 'tooLarge';
  if (value < 0) return 'negative';
  if (value >= 1e13) return 'tooLarge';
  // Up to 1e13 with 2 decimals is within a double's exact digits; String() shows them all.
  const text = String(value);
  if (text.includes('e')) return 'decimals';
  const decimals = text.split('.')[1] ?? '';
  return decimals.length > 2 ? 'decimals' : undefined;
}
