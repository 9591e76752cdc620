/**
 * Planned-date wordings from other schools' real roadmaps (sources in each case), read in the programme's
 * school year as a careful person reads them; recurring and conditional ones recognised, ambiguous ones flagged.
 */

import { NO_FACTS } from '../../../src/app/roadmapEvidence';
import { assessStage, parsePlannedPeriods, periodProblems } from '../../../src/domain/roadmap';

const read = (text: string, schoolYearStart?: number) => parsePlannedPeriods(text, schoolYearStart === undefined ? {} : { schoolYearStart });
const span = (text: string, schoolYearStart?: number) => {
  const p = read(text, schoolYearStart);
  expect(p.unreadable).toEqual([]);
  expect(p.ambiguous).toEqual([]);
  return p.ranges.map((r) => [r.start, r.end]);
};

describe('real wordings from schools’ roadmaps', () => {
  it.each([
    // gavrilovo.lenschool.ru/file/card?id=2071 (МБОУ «Гавриловская ООШ», Дорожная карта, «Сроки»)
    ['Февраль 2022', 2021, [['2022-02-01', '2022-02-28']]],
    // nik2.tvoysadik.ru/file/card?id=2470 (МБДОУ №18, Дорожная карта: title period and «Срок»)
    ['(сентябрь 2022 г. - май 2024 г.)', 2022, [['2022-09-01', '2024-05-31']]],
    ['Сентябрь 2022', 2022, [['2022-09-01', '2022-09-30']]],
    // base.garant.ru/406314849 (Челябинская обл., «Дорожная карта … в 2023-2024 годах», «Сроки»)
    ['в 2023-2024 годах', 2023, [['2023-01-01', '2024-12-31']]],
    // schoolpogodaevo.edusite.ru/p30aa1.html (приказ: «в срок до 31 марта 2022 года»)
    ['в срок до 31 марта 2022 года', 2021, [['2021-09-01', '2022-03-31']]],
    // base.garant.ru/406539153 (мониторинг «с 07 по 16 ноября 2022 г.»)
    ['с 07 по 16 ноября 2022 г.', 2022, [['2022-11-07', '2022-11-16']]],
    // tambarskaya.kuzbasschool.ru/file/card?id=516 («…целевой модели наставничества в 2020 г.»)
    ['в 2020 г.', 2020, [['2020-01-01', '2020-12-31']]],
    // uva-kruf.uralschool.ru/file/card?id=2224 («Программа наставничества на 2021-2022 учебный год»)
    ['на 2021-2022 учебный год', 2021, [['2021-09-01', '2022-05-31']]],
    // the seed (../shared/seed/000_e10a408f7c27fd8f.txt)
    ['Сентябрь -октябрь 2022 г.\nВ течение 2022-2023 учебного года', 2022, [['2022-09-01', '2022-10-31'], ['2022-09-01', '2023-05-31']]],
  ] as const)('reads «%s»', (text, year, ranges) => {
    expect(span(text, year)).toEqual(ranges);
  });

  it('recognises «Ежегодно» (gavrilovo.lenschool.ru/file/card?id=2071) as recurring, not as an error', () => {
    const p = read('Ежегодно', 2022);
    expect(p.recurring).toEqual(['Ежегодно']);
    expect(periodProblems('Ежегодно', p)).toEqual([]);
  });
});

describe('wordings the issue names, in the school year 2022–2023', () => {
  it.each([
    ['сентябрь', [['2022-09-01', '2022-09-30']]],
    ['в январе', [['2023-01-01', '2023-01-31']]],
    ['до 15 сентября', [['2022-09-01', '2022-09-15']]],
    ['не позднее 01.10.2022', [['2022-09-01', '2022-10-01']]],
    ['с сентября по май', [['2022-09-01', '2023-05-31']]],
    ['осень', [['2022-09-01', '2022-11-30']]],
    ['весной', [['2023-03-01', '2023-05-31']]],
    ['I полугодие', [['2022-09-01', '2022-12-31']]],
    ['2 полугодие', [['2023-01-01', '2023-05-31']]],
    ['IV квартал 2022', [['2022-10-01', '2022-12-31']]],
    ['1 квартал', [['2023-01-01', '2023-03-31']]],
    ['2023', [['2023-01-01', '2023-12-31']]],
    ['в учебном году', [['2022-09-01', '2023-05-31']]],
    ['в 2022/2023 учебном году', [['2022-09-01', '2023-05-31']]],
    ['2022-2024 гг.', [['2022-01-01', '2024-12-31']]],
    ['Сентябрь 2022 г. – май 2023 г.', [['2022-09-01', '2023-05-31']]],
    ['декабрь-январь', [['2022-12-01', '2023-01-31']]],
    ['Ежегодно в сентябре', [['2022-09-01', '2022-09-30']]],
  ] as const)('reads «%s»', (text, ranges) => {
    expect(span(text, 2022)).toEqual(ranges);
  });

  it.each(['ежемесячно', 'в течение года по графику', 'по мере необходимости', 'при необходимости'])('«%s» is recurring or conditional, no problem', (text) => {
    const p = read(text, 2022);
    expect(p.recurring.length + p.conditional.length).toBe(1);
    expect(p.ranges).toEqual([]);
    expect(periodProblems(text, p)).toEqual([]);
  });

  it.each([
    ['2022-2023', 'учебный год или два календарных года'],
    ['лето', 'лето до или после'],
    ['июль', 'июль до или после'],
    ['зима 2022', 'зима 2022'],
  ])('flags «%s» as ambiguous, never guesses', (text, why) => {
    const p = read(text, 2022);
    expect(p.ranges).toEqual([]);
    expect(periodProblems(text, p).join()).toContain(why);
  });

  it('a month without a year and no school year known is flagged, not guessed', () => {
    expect(periodProblems('сентябрь', read('сентябрь'))).toEqual(['Срок читается двояко: «сентябрь» — год не указан.']);
  });

  it('flags dates next to words it cannot read, and an empty planned date', () => {
    expect(periodProblems('Май 2023 г. педсовет', read('Май 2023 г. педсовет', 2022))).toEqual(['Не удалось прочитать срок: «Май 2023 г. педсовет».']);
    expect(periodProblems('  ', read('  ', 2022))).toEqual(['Не указана планируемая дата.']);
  });

  it('a recurring stage with no evidence is «не начат», never «нет срока» or an error', () => {
    const a = assessStage({ number: '3', title: 'Информирование родительского сообщества', content: '', planned: 'ежегодно', done: false }, { ...NO_FACTS, schoolYearStart: 2022 }, '2022-10-01');
    expect(a.state.state).toBe('не начат');
    expect(a.problems).toEqual([]);
  });
});
