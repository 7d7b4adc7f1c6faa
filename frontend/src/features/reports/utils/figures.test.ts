import { figureValueProblem } from './figures';

describe('figure values', () => {
  it('accepts up to 13 integer digits and 2 decimals, not below zero', () => {
    expect(figureValueProblem(0)).toBeUndefined();
    expect(figureValueProblem(1234.56)).toBeUndefined();
    expect(figureValueProblem(9_999_999_999_999.99)).toBeUndefined();
    expect(figureValueProblem(-1)).toBe('negative');
    expect(figureValueProblem(1.234)).toBe('decimals');
    expect(figureValueProblem(0.0000001)).toBe('decimals');
    expect(figureValueProblem(10_000_000_000_000)).toBe('tooLarge');
  });
});
