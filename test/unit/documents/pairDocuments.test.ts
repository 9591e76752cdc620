import { type DocumentModel, documentText as rawText } from '../../../src/domain/documents/model';
import { pairsOrder } from '../../../src/domain/documents/pairsOrder';
import type { ProgrammeSettings } from '../../../src/domain/programme';
import { expectClean, mentee, mentor, pair, tableOf } from './programmesFixture';
import { SEED_SETTINGS } from './seedSettings';

const SETTINGS: ProgrammeSettings = SEED_SETTINGS;
/** The text with non-breaking spaces read as spaces (names and «№» are typeset with them). */
const documentText = (doc: DocumentModel): string => rawText(doc).replace(/\u00a0/g, ' ');

const ORLOVA = mentor('Н-002', 'Орлова Нина Ивановна', { subject: 'русский язык', experience: 22, qualification: 'первая' });

const PAIR = pair('П-001', [mentee('НЛ-001', 'Петрова Мария Ивановна', ['работа с родителями', 'методика преподавания'], { description: 'Трудно удерживать внимание класса на уроке.' })]);
const GROUP = pair('П-002', [
  mentee('НЛ-002', 'Сидорова Ольга Сергеевна', ['цифровые инструменты', 'оценивание устных ответов']),
  mentee('НЛ-003', 'Кузнецова Ирина Олеговна', ['цифровые инструменты'], { category: 'новый сотрудник', description: 'Не знаю, как вести электронный журнал' }),
]);
const OTHER = { ...pair('П-003', [mentee('НЛ-004', 'Волкова Елена Павловна', ['обучающиеся с ОВЗ'], { subject: 'русский язык' })]), mentor: ORLOVA };

describe('pairsOrder', () => {
  const doc = pairsOrder(SETTINGS, [PAIR, GROUP, OTHER], '2022-10-01');
  const text = documentText(doc);

  it('is an order of the school with the number left for the school, citing the Положение and its order', () => {
    expect(text).toContain(SETTINGS.schoolFullName);
    expect(text).toContain('ПРИКАЗ');
    expect(text).toContain('от 01.10.2022 № _____');
    expect(text).toContain('О закреплении наставнических пар (групп)');
    expect(text).toContain('Положением о программе наставничества в МБОУ СОШ № 13 (приложение 1 к приказу от 01.09.2022 № 384/2-о');
    expect(text).toContain('ПРИКАЗЫВАЮ:');
    expect(text).toContain('Установить срок наставничества с 1 октября 2022 г. по 31 мая 2023 г.');
    expect(text).toContain('в течение двух недель со дня издания настоящего приказа (до 15 октября 2022 г.)');
    expect(text).toContain('Куратору программы наставничества Соколовой Е. А. обеспечить');
    expect(text).toContain('Контроль за исполнением настоящего приказа оставляю за собой.');
    expect(text).toContain('Директор МБОУ СОШ № 13 _____ М. В. Костерина');
    expect(text).toContain('Установить наставникам на срок наставничества доплату в размере _____ рублей в месяц');
    expect(text).toContain('Исп.: Соколова Е. А.');
    expectClean(doc);
  });

  it('lists every pair in its table: full names and positions, a group’s mentees one per line, form and term', () => {
    const t = tableOf(doc, '№ п/п');
    expect(t.header).toEqual(['№ п/п', 'Наставник (ФИО, должность)', 'Наставляемый(е) (ФИО, должность)', 'Форма наставничества', 'Срок']);
    expect(t.rows).toHaveLength(3);
    expect(t.rows[0]).toEqual([
      '1',
      'Иванова Анна Петровна, учитель математики',
      'Петрова Мария Ивановна, учитель математики',
      'педагог – педагог, индивидуальная',
      '01.10.2022 – 31.05.2023',
    ]);
    expect(t.rows[1][2].split('\n')).toEqual(['Сидорова Ольга Сергеевна, учитель математики', 'Кузнецова Ирина Олеговна, учитель математики']);
    expect(t.rows[1][3]).toBe('педагог – педагог, групповая');
    expect(t.rows[2][1]).toBe('Орлова Нина Ивановна, учитель русского языка');
  });

  it('has every mentor, mentee and the coordinator acknowledge it once, surname first', () => {
    const index = doc.blocks.findIndex((b) => b.kind === 'paragraph' && documentText({ fileName: '', blocks: [b] }) === 'С приказом ознакомлены:');
    const list = doc.blocks[index + 1];
    if (list.kind !== 'signatures') throw new Error('no acknowledgement list');
    expect(list.lines.map((l) => l.role.replace(/\u00a0/g, ' '))).toEqual(['Иванова А. П.', 'Орлова Н. И.', 'Петрова М. И.', 'Сидорова О. С.', 'Кузнецова И. О.', 'Волкова Е. П.', 'Соколова Е. А.']);
  });

  it('cites ТК РФ ст. 351.8 and the supplementary agreements only once the article is in force', () => {
    expect(text).not.toContain('351.8');
    const later = documentText(pairsOrder(SETTINGS, [{ ...PAIR, start: '2025-09-01', end: '2026-05-31' }], '2025-09-01'));
    expect(later).toContain('статьёй 351.8 Трудового кодекса Российской Федерации');
    expect(later).toContain('дополнительные соглашения к трудовым договорам');
  });

  it('refers to the appendix for the terms when the pairs’ terms differ', () => {
    const mixed = documentText(pairsOrder(SETTINGS, [PAIR, { ...OTHER, start: '2022-11-15', end: '2023-03-31' }], '2022-11-15'));
    expect(mixed).toContain('согласно приложению к настоящему приказу (графа «Срок»), но не позднее 31 мая 2023 г.');
    expect(mixed).toContain('15.11.2022 – 31.03.2023');
  });

  it('refuses to be written without a pair, in Russian', () => {
    expect(() => pairsOrder(SETTINGS, [], '2022-10-01')).toThrow('Нет ни одной наставнической пары (группы)');
    expect(() => pairsOrder(SETTINGS, [pair('П-009', [])], '2022-10-01')).toThrow('Пара П-009: не указан ни один наставляемый.');
  });
});
