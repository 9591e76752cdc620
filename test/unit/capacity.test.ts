/** One rule for a mentor's capacity (issue 11): odd values are read the same everywhere, with a note. */
import { readCapacity } from '../../src/domain/capacity';

describe('readCapacity', () => {
  it.each([
    [2, 2],
    ['2', 2],
    [' 1 ', 1],
    ['0', 0],
  ] as const)('reads %p as %p, without a note', (typed, value) => {
    expect(readCapacity(typed, 3)).toEqual({ value, note: null });
  });

  it('says which number is used for a fractional, negative, huge, worded or empty capacity', () => {
    expect(readCapacity('2,5', 3)).toEqual({ value: 2, note: '«Сколько наставляемых»: 2,5 — не целое; используется 2.' });
    expect(readCapacity(-1, 3).value).toBe(0);
    expect(readCapacity(-1, 3).note).toContain('меньше нуля');
    expect(readCapacity(10_000_000, 2)).toEqual({ value: 2, note: '«Сколько наставляемых»: 10000000 — больше, чем допускает Положение (не более 2); используется 2.' });
    expect(readCapacity('много', 3)).toEqual({ value: 1, note: '«Сколько наставляемых»: «много» — не число; используется 1.' });
    expect(readCapacity('', 3).value).toBe(1);
    expect(readCapacity('', 3).note).toContain('не указано');
  });

  it('reads a number in words as that number, without a note', () => {
    expect(readCapacity('Два', 3)).toEqual({ value: 2, note: null });
  });
});
