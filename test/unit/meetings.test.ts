/**
 * The pairs' meetings, pure: initials in the form's list, a report checked against its pair, and each pair's
 * first and last meeting, progress against the plan's months and the two stall flags.
 */
import { checkReport, initials, type PairForCheck, pairChoice, pairIdOfChoice, pairProgress, parseMeetingDate } from '../../src/domain/meetings';

const limits = { firstWithinDays: 14, gapDays: 21 };
const base = { id: 'П-001', active: true, start: '2022-10-20', planEnd: '2023-05-31', mentorName: 'Петрова Анна Ивановна', mentorEmail: 'petrova@school.example' };
const pairs = new Map<string, PairForCheck>([['П-001', { id: 'П-001', start: '2022-10-20', mentorEmail: 'petrova@school.example', mentorName: 'Петрова Анна Ивановна' }]]);

describe('the form’s list of pairs', () => {
  it('shows the ID and the mentees’ initials only, and reads the ID back', () => {
    expect(initials('  Зайцева   Дарья Олеговна ')).toBe('З.\u00a0Д.\u00a0О.');
    expect(pairChoice('П-002', ['Котов Игорь Андреевич', 'Лисина Ольга'])).toBe('П-002: К.\u00a0И.\u00a0А., Л.\u00a0О.');
    expect(pairChoice('П-003', [])).toBe('П-003');
    expect(pairIdOfChoice('П-002: К. И. А.')).toBe('П-002');
    expect(pairIdOfChoice(' п-002 ')).toBe('П-002');
  });

  it('reads a date as typed, and nothing it cannot', () => {
    expect(parseMeetingDate('05.10.2022')).toBe('2022-10-05');
    expect(parseMeetingDate('5.10.22')).toBe('2022-10-05');
    expect(parseMeetingDate('2022-10-05')).toBe('2022-10-05');
    expect(parseMeetingDate('31.02.2023')).toBeNull();
    expect(parseMeetingDate('вчера')).toBeNull();
  });
});

describe('a report checked against its pair', () => {
  const today = '2022-11-01';
  it('is the pair’s when its mentor sent it with a date between the start and today', () => {
    expect(checkReport({ pairText: 'П-001: З. Д. О.', dateText: '24.10.2022', email: ' Petrova@School.example ' }, pairs, today)).toEqual({ pairId: 'П-001', date: '2022-10-24', held: false, note: '' });
  });
  it('is held with a note otherwise', () => {
    const stranger = checkReport({ pairText: 'П-001', dateText: '24.10.2022', email: 'x@school.example' }, pairs, today);
    expect(stranger.held).toBe(true);
    expect(stranger.note).toContain('не наставником пары П-001');
    expect(stranger.note).toContain('Петрова Анна Ивановна, petrova@school.example');
    expect(checkReport({ pairText: 'П-009', dateText: '24.10.2022', email: 'petrova@school.example' }, pairs, today).note).toContain('не найдена');
    expect(checkReport({ pairText: 'П-001', dateText: '24.10', email: 'petrova@school.example' }, pairs, today).note).toContain('не распознана');
    expect(checkReport({ pairText: 'П-001', dateText: '02.11.2022', email: 'petrova@school.example' }, pairs, today).note).toContain('ещё не наступила');
    expect(checkReport({ pairText: 'П-001', dateText: '01.10.2022', email: 'petrova@school.example' }, pairs, today).note).toContain('раньше начала');
  });
});

describe('a pair’s progress and flags', () => {
  it('counts meetings, the plan’s months (September–May) covered and due', () => {
    const p = pairProgress({ ...base, meetings: ['2022-11-10', '2022-10-24', '2022-11-02', '2022-07-01'] }, '2022-11-20', limits);
    expect([p.firstMeeting, p.lastMeeting, p.count]).toEqual(['2022-07-01', '2022-11-10', 4]);
    // Eight months from October to May; July is outside the plan, so two months covered of two due.
    expect(p.progress).toBe('2 из 8 мес. (по сроку — 2)');
    expect(p.attention).toBe('');
  });

  it('flags no first meeting after the threshold, not on its last day', () => {
    expect(pairProgress({ ...base, meetings: [] }, '2022-11-03', limits).stalled).toBeNull();
    const late = pairProgress({ ...base, meetings: [] }, '2022-11-04', limits);
    expect(late.stalled).toBe('no-first');
    expect(late.attention).toBe('Нет первой встречи: 15 дн. с начала 20.10.2022 (порог 14). Напомнить: Петрова Анна Ивановна, petrova@school.example.');
  });

  it('flags a gap longer than the threshold since the last meeting', () => {
    expect(pairProgress({ ...base, meetings: ['2022-10-24'] }, '2022-11-14', limits).stalled).toBeNull();
    const quiet = pairProgress({ ...base, meetings: ['2022-10-24'] }, '2022-11-15', limits);
    expect(quiet.stalled).toBe('gap');
    expect(quiet.attention).toContain('Нет встреч 22 дн., последняя 24.10.2022 (порог 21)');
  });

  it('never flags an ended pair, one not started, or one past its plan', () => {
    expect(pairProgress({ ...base, active: false, meetings: [] }, '2022-12-01', limits).attention).toBe('');
    expect(pairProgress({ ...base, start: '', meetings: [] }, '2022-12-01', limits).attention).toBe('');
    expect(pairProgress({ ...base, meetings: ['2022-10-24'] }, '2023-06-20', limits).attention).toBe('');
    expect(pairProgress({ ...base, mentorName: '', mentorEmail: '', meetings: [] }, '2022-12-01', limits).attention).toContain('наставник не найден в банке');
  });
});
