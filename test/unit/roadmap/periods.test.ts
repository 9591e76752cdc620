import { coveringRange, parsePlannedPeriods } from '../../../src/domain/roadmap';

const one = (text: string) => {
  const parse = parsePlannedPeriods(text);
  expect(parse.unreadable).toEqual([]);
  expect(parse.ranges).toHaveLength(1);
  return [parse.ranges[0].start, parse.ranges[0].end];
};

describe('parsePlannedPeriods', () => {
  it.each([
    ['Август 2022 г.', '2022-08-01', '2022-08-31'],
    ['Май 2023 г.', '2023-05-01', '2023-05-31'],
    ['февраль 2024', '2024-02-01', '2024-02-29'],
    ['Август-сентябрь 2022 г.', '2022-08-01', '2022-09-30'],
    ['Сентябрь -октябрь 2022 г.', '2022-09-01', '2022-10-31'],
    ['Сентябрь – октябрь 2022 года', '2022-09-01', '2022-10-31'],
    ['декабрь 2022 — январь 2023 г.', '2022-12-01', '2023-01-31'],
    ['декабрь-январь 2023 г.', '2022-12-01', '2023-01-31'],
    ['В течение 2022-2023 учебного года', '2022-09-01', '2023-05-31'],
    ['в течение 2026–2027 учебного года', '2026-09-01', '2027-05-31'],
    ['01.09.2022', '2022-09-01', '2022-09-01'],
    ['01.09.2022 – 15.09.2022', '2022-09-01', '2022-09-15'],
    ['15 сентября 2022 г.', '2022-09-15', '2022-09-15'],
    ['АВГУСТ 2022 Г.', '2022-08-01', '2022-08-31'],
  ])('reads «%s»', (text, start, end) => {
    expect(one(text)).toEqual([start, end]);
  });

  it('reads two wordings in one cell, on two lines or apart by spaces', () => {
    for (const text of ['Август-сентябрь 2022 г.\nВ течение 2022-2023 учебного года', 'Август-сентябрь 2022 г.  В течение 2022-2023 учебного года']) {
      const parse = parsePlannedPeriods(text);
      expect(parse.ranges.map((r) => [r.start, r.end])).toEqual([
        ['2022-08-01', '2022-09-30'],
        ['2022-09-01', '2023-05-31'],
      ]);
      expect(coveringRange(parse)).toEqual({ start: '2022-08-01', end: '2023-05-31' });
    }
  });

  it.each(['31.02.2022', '2022-2024 учебного года', 'Сентябрь 22', 'по согласованию'])(
    'leaves «%s» unread, as typed',
    (text) => {
      const parse = parsePlannedPeriods(text);
      expect(parse.ranges).toEqual([]);
      expect(parse.unreadable).toEqual([text]);
      expect(coveringRange(parse)).toBeNull();
    },
  );

  it('keeps what it read and flags the rest of a mixed cell', () => {
    const parse = parsePlannedPeriods('Май 2023 г.\nпо согласованию');
    expect(parse.ranges.map((r) => r.source)).toEqual(['Май 2023 г.']);
    expect(parse.unreadable).toEqual(['по согласованию']);
  });
});
