/** The school year's calendar and the dated plan: every month two meetings or more, on term days only, the calendar's events in their months. */
import { DIFFICULTIES, MENTEE_CATEGORIES } from '../../../src/domain/catalog';
import { isoDate } from '../../../src/domain/dates';
import { buildPlan, MIN_MEETINGS_PER_MONTH } from '../../../src/domain/documents/plans/monthlyPlan';
import { isHoliday, isMeetingDay, schoolYear, schoolYearOf } from '../../../src/domain/documents/schoolYear';
import { mentee, pair, texts } from './programmesFixture';

describe('schoolYear', () => {
  it('gives the typical holidays, the olympiad stages and the ГИА dates of the year', () => {
    const y = schoolYear(2022);
    expect([y.start, y.end]).toEqual(['2022-09-01', '2023-05-31']);
    expect(y.autumn).toEqual({ from: '2022-10-29', to: '2022-11-06' });
    expect(y.winter).toEqual({ from: '2022-12-29', to: '2023-01-08' });
    expect(y.spring).toEqual({ from: '2023-03-25', to: '2023-04-02' });
    expect(y.finalEssay).toBe('2022-12-07');
    expect(y.finalInterview).toBe('2023-02-08');
    expect(y.olympiadSchool.to).toBe('2022-10-31');
    expect(y.olympiadMunicipal).toEqual({ from: '2022-11-01', to: '2022-12-25' });
    // 2023–2024 as the federal calendar of the ФОП has it: autumn 28.10–05.11, spring 23.03–31.03.
    expect(schoolYear(2023).autumn).toEqual({ from: '2023-10-28', to: '2023-11-05' });
    expect(schoolYear(2023).spring).toEqual({ from: '2024-03-23', to: '2024-03-31' });
  });

  it('knows holidays, public holidays and the summer; meetings only Tuesday to Thursday in term, not next to a holiday', () => {
    for (const day of ['2022-11-04', '2022-11-02', '2023-01-05', '2023-03-08', '2023-06-15', '2023-08-20', '2023-03-28']) expect(isHoliday(day)).toBe(true);
    for (const day of ['2022-11-15', '2023-02-01', '2023-05-17']) expect(isHoliday(day)).toBe(false);
    expect(isMeetingDay('2022-11-15')).toBe(true); // Tuesday
    expect(isMeetingDay('2022-11-14')).toBe(false); // Monday
    expect(isMeetingDay('2023-02-22')).toBe(false); // the day before 23 February
    expect(schoolYearOf('2023-03-01')).toBe(2022);
    expect(schoolYearOf('2023-09-01')).toBe(2023);
  });
});

describe('the dated plan', () => {
  // Spread over the lists by co-prime steps, so the pairs mix requests, categories and days without a random.
  const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];
  // Pairs over six school years, starting any day from September to March, ending 31 May or sooner.
  const pairs = Array.from({ length: 120 }, (_, i) => {
    const year = 2022 + (i % 6);
    const startMonth = [9, 10, 11, 12, 1, 2, 3][i % 7];
    const startYear = startMonth >= 9 ? year : year + 1;
    const start = isoDate(startYear, startMonth, 1 + ((i * 11) % 27));
    const end = i % 5 === 0 ? isoDate(year + 1, 4, 30) : isoDate(year + 1, 5, 31);
    const requests = [pick(DIFFICULTIES, i * 5), pick(DIFFICULTIES, i * 7 + 3)];
    const people = [mentee(`НЛ-${i}`, 'Соболева Анна Ивановна', requests, { category: pick(MENTEE_CATEGORIES, i * 3 + 1), description: i % 3 === 0 ? 'Трудно удерживать внимание класса' : '' })];
    if (i % 4 === 0) people.push(mentee(`НЛ-${i}-2`, 'Голубева Ирина Павловна', [pick(DIFFICULTIES, i * 13 + 2)], { subject: 'физика' }));
    return pair(`П-${i}`, people, { start, end });
  });

  it.each(pairs.map((p) => [p.id, p.start, p.end, p]))('%s (%s – %s): every month has two dated meetings or more, each a term day of the month, within the term', (_id, _s, _e, p) => {
    const plan = buildPlan(p);
    const year = schoolYear(schoolYearOf(p.start));
    for (const month of plan) {
      const dates = month.rows.map((r) => r.date);
      expect(new Set(dates).size).toBeGreaterThanOrEqual(MIN_MEETINGS_PER_MONTH);
      for (const date of dates) {
        expect(date.slice(0, 7)).toBe(isoDate(month.year, month.month, 1).slice(0, 7));
        expect(date >= p.start && date <= p.end).toBe(true);
        expect(date >= year.start && date <= year.end).toBe(true);
        expect(isHoliday(date)).toBe(false);
        expect(isMeetingDay(date)).toBe(true);
      }
      expect([...dates].sort()).toEqual(dates);
    }
    expect(new Set(texts(plan)).size).toBe(texts(plan).length);
  });

  it('puts the olympiad stage and the ГИА events in their months, whatever month the pair starts', () => {
    const gia = (start: string) =>
      buildPlan(pair('П-050', [mentee('НЛ-050', 'Белова Анна Ивановна', ['подготовка обучающихся к ГИА и олимпиадам'])], { start, end: `${Number(start.slice(0, 4)) + (start.slice(5, 7) >= '09' ? 1 : 0)}-05-31` }));
    const monthOf = (plan: ReturnType<typeof buildPlan>, words: string) => plan.find((m) => m.rows.some((r) => r.text.includes(words)))?.month;
    const september = gia('2022-09-05');
    expect(monthOf(september, 'школьному этапу всероссийской олимпиады')).toBe(10);
    expect(monthOf(september, 'пробной работы в формате ГИА')).toBeGreaterThanOrEqual(2);
    expect(monthOf(september, 'пробной работы в формате ГИА')).toBeLessThanOrEqual(4);
    expect(monthOf(september, 'основным периодом ГИА')).toBe(5);
    const november = gia('2022-11-14');
    expect(texts(november).join(' ')).not.toContain('школьному этапу');
    expect([11, 12]).toContain(monthOf(november, 'муниципальному этапу'));
    const january = gia('2027-01-12');
    expect(texts(january).join(' ')).not.toMatch(/школьному этапу|к муниципальному этапу/);
    expect(monthOf(january, 'Анализ результатов школьного и муниципального этапов')).toBeDefined();
  });

  it('leaves out months without two term days and refuses a term with none', () => {
    const late = buildPlan(pair('П-060', [mentee('НЛ-060', 'Белова Анна Ивановна', ['работа с родителями'])], { start: '2022-12-28', end: '2023-05-31' }));
    expect(late[0].label).toBe('Январь 2023');
    const summer = buildPlan(pair('П-061', [mentee('НЛ-061', 'Белова Анна Ивановна', ['работа с родителями'])], { start: '2023-06-10', end: '2023-11-30' }));
    expect(summer.map((m) => m.label)).toEqual(['Сентябрь 2023', 'Октябрь 2023', 'Ноябрь 2023']);
    expect(() => buildPlan(pair('П-062', [mentee('НЛ-062', 'Белова Анна Ивановна', [])], { start: '2023-06-10', end: '2023-08-31' }))).toThrow('нет учебных дней');
  });
});
