import { formatLongRussianDate, formatRussianDate, parseSchoolYear, parseUserDate, schoolYearLabel } from '../../src/domain/dates';

describe('Russian dates', () => {
  it('reads dates as typed', () => {
    expect(parseUserDate('01.09.2022')).toBe('2022-09-01');
    expect(parseUserDate(' 1.9.2022 ')).toBe('2022-09-01');
    expect(parseUserDate('2022-09-01')).toBe('2022-09-01');
    expect(parseUserDate('29.02.2024')).toBe('2024-02-29');
    for (const bad of ['31.02.2022', '29.02.2023', '1 сентября', '', '01/09/2022', '00.01.2022']) expect(parseUserDate(bad)).toBeNull();
  });

  it('formats dates the Russian way', () => {
    expect(formatRussianDate('2022-09-01')).toBe('01.09.2022');
    expect(formatLongRussianDate('2022-09-01')).toBe('1 сентября 2022 г.');
    expect(formatLongRussianDate('2023-05-31')).toBe('31 мая 2023 г.');
    expect(schoolYearLabel(2022)).toBe('2022-2023 учебный год');
  });

  it('reads a school year only when the second year follows the first', () => {
    expect(parseSchoolYear('2022-2023')).toBe(2022);
    expect(parseSchoolYear('2026–2027')).toBe(2026);
    expect(parseSchoolYear('2022-2024')).toBeNull();
    expect(parseSchoolYear('2022')).toBeNull();
  });
});
