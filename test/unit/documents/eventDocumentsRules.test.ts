/**
 * The rules the event documents follow for every school and year (a director-eye review of the demo's
 * «Мероприятия»): a protocol states only what was true on its date, prints a vote only when it adds up, names the
 * council that adopts the Положение, keeps «№ _____» and initials on one line, dates without «г.»; the news tells
 * the meeting in sentences.
 * Built on the second school (МАОУ Лицей № 2, order of 28.08.2025), not the demo's.
 */
import { documentText } from '../../../src/domain/documents/model';
import { newsDraftDocument } from '../../../src/domain/documents/newsDraft';
import { countsAsOf, type EventFacts, type ProgrammeFacts, type ProtocolInput, parseVotes, protocolDocument, protocolProblems } from '../../../src/domain/documents/protocol';
import { LYCEUM_SETTINGS } from '../../support/secondSchool';

const NBSP = '\u00a0';
const council: EventFacts = {
  id: 'М-011', date: '2025-08-27', kind: 'педагогический совет', title: 'Педагогический совет: о внедрении программы наставничества', audience: 'педагогические работники',
  place: 'кабинет 12', number: '', chair: '', secretary: '', agenda: '', heard: '', speakers: '', decisions: '', votes: '', presentCount: null, absentCount: null, hours: null, form: '',
};
const noCounts: ProgrammeFacts = { stageNumber: '2', stageTitle: 'Педагогический совет', roadmapStages: 9, pairs: null, trainedMentors: null };
const staff = (n: number) => Array.from({ length: n }, (_, i) => ({ fullName: `Учителева ${['Анна', 'Вера', 'Дина', 'Зоя'][i % 4]} Петровна${i}`, role: '' }));
const input = (over: Partial<ProtocolInput> = {}, event: Partial<EventFacts> = {}): ProtocolInput => ({
  settings: LYCEUM_SETTINGS, event: { ...council, ...event }, facts: noCounts, present: [], absent: [], council: null, ...over,
});
const text = (i: ProtocolInput) => documentText(protocolDocument(i));

describe('a protocol states only what was true on its date', () => {
  it('a meeting before the order hears the drafts: the order is not cited', () => {
    const before = text(input());
    expect(before).not.toContain('приказом от');
    expect(before).toContain('о проектах Положения о программе наставничества, программы наставничества');
    const after = text(input({ council: { date: '2025-08-27', number: '1' } }, { date: '2025-11-12' }));
    expect(after).toContain(`утверждённой приказом от 28.08.2025 №${NBSP}12-од`);
  });

  it('counts come from dated records as of the meeting; undated pairs give no count; the banks are never counted', () => {
    const sessions = [{ id: 'М-014', date: '2025-09-18', hours: 2 }, { id: 'М-015', date: '2025-10-09', hours: 2 }];
    const attended = [new Set(['М-014', 'М-015']), new Set(['М-014']), new Set<string>()];
    const records = { pairStarts: ['2025-10-01', '2025-10-20'], training: { rule: { kind: 'all' as const }, sessions, attendedByMentor: attended } };
    expect(countsAsOf('2025-08-27', records)).toEqual({ pairs: 0, trainedMentors: 0 });
    expect(countsAsOf('2025-09-30', records)).toEqual({ pairs: 0, trainedMentors: 2 });
    expect(countsAsOf('2025-10-15', records)).toEqual({ pairs: 1, trainedMentors: 1 });
    expect(countsAsOf('2025-10-15', { ...records, pairStarts: ['2025-10-01', null] }).pairs).toBeNull();
    const early = text(input({ facts: { ...noCounts, pairs: 0, trainedMentors: 0 } }));
    expect(early).not.toMatch(/на дату заседания|в банке наставников|пар и групп/);
    const later = text(input({ council: { date: '2025-08-27', number: '1' }, facts: { ...noCounts, pairs: 4, trainedMentors: 3 } }, { date: '2025-11-12' }));
    expect(later).toContain('на дату заседания сформировано наставнических пар и групп: 4; наставников, завершивших обучение на установочных сессиях: 3');
  });
});

describe('the vote', () => {
  it('is read from what the coordinator typed', () => {
    expect(parseVotes('за — 38, против — 0, воздержались — 1')).toEqual({ yes: 38, no: 0, abstained: 1 });
    expect(parseVotes('«За» 12; против нет')).toEqual({ yes: 12, no: 0, abstained: 0 });
    expect(parseVotes('единогласно')).toBeNull();
  });

  it('that does not add up to those present is not printed: a blank for the secretary, and the coordinator is told', () => {
    const wrong = input({ present: staff(12) }, { votes: 'за — 10, против — 0, воздержались — 1' });
    const printed = text(wrong);
    expect(printed).toContain('Присутствовали: 12 чел.');
    expect(printed).toContain('ГОЛОСОВАЛИ: «за» — _____, «против» — _____, «воздержались» — _____.');
    expect(printed).not.toMatch(/за»? — 10/);
    expect(protocolProblems(wrong).join('\n')).toContain('за 10 + против 0 + воздержались 1 = 11, а присутствовали 12 чел.');
    const right = input({ present: staff(12) }, { votes: 'за 11, против 0, воздержались 1' });
    expect(text(right)).toContain('ГОЛОСОВАЛИ: «за» — 11, «против» — 0, «воздержались» — 1.');
    expect(protocolProblems(right).filter((m) => m.includes('Голосовали'))).toEqual([]);
  });
});

describe('number, speakers, names and the date', () => {
  it('a blank number keeps its «№» on the line; a typed one or the adopting council’s from «Настройки» is printed', () => {
    expect(text(input())).toContain(`ПРОТОКОЛ №${NBSP}_____`);
    expect(text(input({}, { number: '7' }))).toContain(`ПРОТОКОЛ №${NBSP}7`);
    expect(text(input({ council: { date: '2025-08-27', number: '1' } }))).toContain(`ПРОТОКОЛ №${NBSP}1\n`);
  });

  it('typed speakers are printed per item; a typed secretary gets non-breaking spaces in the initials', () => {
    const typed = text(input({}, { speakers: 'Алиев Р. Г.\nГусейнова Л.Р.', secretary: 'Гусейнова Л.Р.' }));
    expect(typed).toContain(`ВЫСТУПИЛИ: Алиев Р. Г.`);
    expect(typed).toContain(`ВЫСТУПИЛИ: Гусейнова Л.Р.`);
    expect(typed).toContain(`Секретарь: Гусейнова${NBSP}Л.${NBSP}Р.`);
    expect(typed).toContain(`Л.${NBSP}Р.${NBSP}Гусейнова`);
  });

  it('a numeric date carries no «г.» (ГОСТ Р 7.0.97-2016)', () => {
    const printed = text(input({ present: staff(2) }));
    expect(printed).toContain('от 27.08.2025');
    expect(printed).not.toMatch(/\d{2}\.\d{2}\.\d{4} г\./);
  });
});

describe('the council that adopts the Положение', () => {
  it('before the order, it adopts the Положение; «Настройки» without its protocol is pointed out', () => {
    const i = input();
    const printed = text(i);
    expect(printed).toContain('О принятии Положения о программе наставничества');
    expect(printed).toContain(`РЕШИЛИ: Принять Положение о программе наставничества в МАОУ Лицей №${NBSP}2.`);
    expect(protocolProblems(i).join('\n')).toContain('принимает Положение');
  });

  it('a later council acquaints with the Положение another council adopted, and adopts nothing', () => {
    const printed = text(input({ council: { date: '2025-08-27', number: '1' } }, { id: 'М-020', date: '2026-01-15' }));
    expect(printed).not.toContain('Принять Положение');
    expect(printed).toContain(`ознакомиться с Положением о программе наставничества (принято педагогическим советом, протокол от 27.08.2025 №${NBSP}1)`);
  });
});

describe('the news draft', () => {
  it('tells the questions and decisions in sentences, not the event’s name echoed', () => {
    const news = documentText(newsDraftDocument(input()));
    expect(news).not.toContain('вопросы: Педагогический совет');
    expect(news).toContain('Рассмотрены вопросы о принятии Положения о программе наставничества');
    expect(news).toContain('Решено: принять Положение о программе наставничества');
    const session = documentText(newsDraftDocument(input({}, { kind: 'установочная сессия наставников', title: 'Установочная сессия 2: планирование работы пары' })));
    expect(session).toContain('Тема: планирование работы пары.');
    expect(session).not.toContain('Установочная сессия 2: планирование работы пары.');
  });
});
