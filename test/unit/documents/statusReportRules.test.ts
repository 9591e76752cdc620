/**
 * The status report's rules (issue 13: a draft the director signs unedited), on the second school's year, not the
 * demo's: a stage done only by the coordinator's tick says so and what does not confirm it; the evidence names
 * documents, never their addresses; no jargon; counts agree with their words (1 наставник, 2 наставника, 5 наставников).
 */

import { NO_FACTS } from '../../../src/app/roadmapEvidence';
import { type Block, documentText } from '../../../src/domain/documents/model';
import { type ReportedStage, statusReport } from '../../../src/domain/documents/statusReport';
import { assessStage } from '../../../src/domain/roadmap/assess';
import { evidenceProse, type ProgrammeFacts, stageEvidence } from '../../../src/domain/roadmap/evidence';
import { tickReason } from '../../../src/domain/roadmap/status';
import { LYCEUM_SETTINGS } from '../../support/secondSchool';

const TODAY = '2025-11-12';

const NOTHING: ProgrammeFacts = { ...NO_FACTS, schoolYearStart: 2025 };

const pair = (i: number, programme = `https://docs.google.com/document/d/pair-${i}/edit`) => ({
  id: `ПР-${i}`,
  status: 'действует',
  mentorId: `M${i}`,
  programme,
  meetings: 1,
  attention: '',
});

/** Facts with links everywhere a link can be: acts, the pairs' order, a protocol, the questionnaires, a publication. */
const LINKED: ProgrammeFacts = {
  ...NOTHING,
  documents: [
    { item: 'order', label: 'Приказ о внедрении программы наставничества', url: 'https://docs.google.com/document/d/order/edit' },
    { item: 'regulation', label: 'Положение о программе наставничества', url: 'https://docs.google.com/document/d/reg/edit' },
    { item: 'pairsOrder', label: 'Приказ о закреплении наставнических пар (групп)', url: 'https://docs.google.com/document/d/po/edit' },
  ],
  forms: [
    { label: 'Анкета наставника: ссылка для ответов', url: 'https://docs.google.com/forms/d/e/mentor/viewform' },
    { label: 'Анкета наставляемого: ссылка для ответов', url: 'https://docs.google.com/forms/d/e/mentee/viewform' },
  ],
  events: [
    { id: 'М-1', stage: '2', title: 'Методический совет лицея', date: '2025-09-03', status: 'проведено', minutes: 'https://docs.google.com/document/d/minutes/edit', publication: '' },
    { id: 'М-2', stage: '3', title: 'Общешкольное родительское собрание', date: '2025-09-25', status: 'запланировано', minutes: '', publication: '' },
    { id: 'М-3', stage: '4', title: 'Классные часы', date: '2025-10-02', status: 'проведено', minutes: '', publication: 'https://lyceum2.example/news/1' },
  ],
  publications: [{ ref: 'М-3', kind: 'новость', title: 'Классные часы о наставничестве', published: '05.10.2025', url: 'https://lyceum2.example/news/1' }],
  mentees: 2,
  mentors: 1,
  trainedMentorIds: ['M1'],
  pairs: [pair(1)],
};

const STAGES = [
  { number: '1', title: 'Подготовка нормативной базы', content: '', planned: 'Август 2025 г.' },
  { number: '2', title: 'Информирование педагогического коллектива', content: '', planned: 'Сентябрь 2025 г.' },
  { number: '3', title: 'Информирование родителей', content: '', planned: 'Сентябрь 2025 г.' },
  { number: '4', title: 'Информирование обучающихся', content: '', planned: 'Октябрь 2025 г.' },
  { number: '5', title: 'Формирование банка наставляемых', content: '', planned: 'Сентябрь 2025 г.' },
  { number: '6', title: 'Формирование банка наставников', content: '', planned: 'Сентябрь 2025 г.' },
  { number: '7', title: 'Отбор и обучение наставников', content: '', planned: 'Октябрь 2025 г.' },
  { number: '8', title: 'Организация работы наставнических пар и групп', content: '', planned: 'В течение 2025-2026 учебного года' },
  { number: '9', title: 'Информационная поддержка на сайте', content: '', planned: 'В течение 2025-2026 учебного года' },
];

/** The report's stages as the documents job gathers them (app/documents/stageReports.ts), stage 3 ticked by the coordinator. */
function reported(facts: ProgrammeFacts, ticked: readonly string[]): ReportedStage[] {
  return STAGES.map((stage) => {
    const done = ticked.includes(stage.number);
    const a = assessStage({ ...stage, done }, facts, TODAY);
    return {
      number: stage.number,
      title: stage.title,
      plannedText: stage.planned,
      state: a.state.state,
      evidence: evidenceProse(a.evidence.lines),
      ...(done && a.evidence.level !== 'complete' ? { tickedUnconfirmed: { missing: a.evidence.missing } } : {}),
    };
  });
}

const tableOf = (blocks: readonly Block[]) => {
  const t = blocks.find((b) => b.kind === 'table');
  if (t?.kind !== 'table') throw new Error('no table');
  return t;
};
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('a stage done by the coordinator’s tick alone', () => {
  const doc = statusReport(LYCEUM_SETTINGS, reported(LINKED, ['3']), TODAY);
  const row = tableOf(doc.blocks).rows.find((r) => r[0] === '3');

  it('is «выполнен», marked as the coordinator’s, with what does not confirm it', () => {
    expect(row?.[3]).toBe('выполнен\n(отмечен куратором)');
    expect(row?.[4]).toContain('Запланировано: Общешкольное родительское собрание (25.09.2025)');
    expect(row?.[4]).toContain('Выполнение отмечено куратором; не подтверждено: мероприятие ещё не проведено');
  });

  it('is counted apart in the summary and listed among the stages to attend to', () => {
    const text = plain(documentText(doc));
    expect(text).toContain('выполнено — ');
    expect(text).toContain('(в том числе по отметке куратора без подтверждения — 1)');
    expect(text).toContain('Отмечен куратором как выполненный, но не подтверждён:\nЭтап 3 «Информирование родителей» (планируемая дата: Сентябрь 2025 г.) — не подтверждено: мероприятие ещё не проведено.');
  });

  it('a confirmed stage the coordinator also ticked is not marked so', () => {
    const both = statusReport(LYCEUM_SETTINGS, reported(LINKED, ['2']), TODAY);
    expect(tableOf(both.blocks).rows.find((r) => r[0] === '2')?.[3]).toBe('выполнен');
    expect(plain(documentText(both))).not.toContain('отмечен');
  });

  it('the roadmap’s reason (sheet, sidebar) says the same', () => {
    const evidence = stageEvidence('parents', '3', LINKED);
    expect(tickReason(evidence)).toBe('отмечен куратором как выполненный; не подтверждено: мероприятие ещё не проведено');
    expect(tickReason(stageEvidence('teachers', '2', LINKED))).toBe('отмечен куратором как выполненный; подтверждено');
  });
});

describe('the evidence in a document', () => {
  const text = plain(documentText(statusReport(LYCEUM_SETTINGS, reported(LINKED, []), TODAY)));

  it('names documents, protocols and questionnaires, never their addresses', () => {
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).toContain('Составлены документы: «Приказ о внедрении программы наставничества», «Положение о программе наставничества»');
    expect(text).toContain('Составлен документ: «Приказ о закреплении наставнических пар (групп)»');
    expect(text).toContain('Проведено: Методический совет лицея (03.09.2025); оформлен протокол');
    expect(text).toContain('Проведено: Классные часы (02.10.2025); протокол не оформлен');
    expect(text).toContain('Анкета для наставников опубликована');
    expect(text).toContain('Анкета для наставляемых опубликована');
  });

  it('a missing local act is named, not pointed to in the add-on’s menu', () => {
    const evidence = stageEvidence('acts', '1', LINKED);
    expect(evidence.missing).toEqual(['не составлен документ «Программа наставничества»']);
    expect(stageEvidence('acts', '1', NOTHING).missing).toEqual(['не составлены документы: «Приказ о внедрении программы наставничества», «Положение о программе наставничества», «Программа наставничества»']);
  });

  it('speaks in full words: no «ПДн», «Подбор:», «протокола нет»', () => {
    expect(text).toContain('с согласием на обработку персональных данных');
    expect(text).not.toMatch(/ПДн|Подбор:|протокола нет|предложений \d/);
  });
});

describe('counts agree with their words', () => {
  const line = (kind: Parameters<typeof stageEvidence>[0], facts: Partial<ProgrammeFacts>) => evidenceProse(stageEvidence(kind, '0', { ...NOTHING, ...facts }).lines).join('\n');

  it.each([
    [1, 'В банке 1 наставник с согласием', 'В банке 1 наставляемый с согласием'],
    [2, 'В банке 2 наставника с согласием', 'В банке 2 наставляемых с согласием'],
    [5, 'В банке 5 наставников с согласием', 'В банке 5 наставляемых с согласием'],
    [11, 'В банке 11 наставников с согласием', 'В банке 11 наставляемых с согласием'],
    [21, 'В банке 21 наставник с согласием', 'В банке 21 наставляемый с согласием'],
  ])('%i in a bank', (n, mentors, mentees) => {
    expect(line('mentors', { mentors: n })).toContain(mentors);
    expect(line('mentees', { mentees: n })).toContain(mentees);
  });

  it('an empty bank says so in words', () => {
    expect(line('mentors', {})).toContain('В банке пока нет наставников с согласием на обработку персональных данных');
  });

  it.each([
    [1, 'Действует 1 наставническая пара (группа); персонализированные программы составлены для 1 из них', 'Закреплена 1 наставническая пара (группа)'],
    [3, 'Действуют 3 наставнические пары (группы); персонализированные программы составлены для 3 из них', 'Закреплены 3 наставнические пары (группы)'],
    [12, 'Действуют 12 наставнических пар (групп); персонализированные программы составлены для 12 из них', 'Закреплено 12 наставнических пар (групп)'],
  ])('%i pairs', (n, working, selected) => {
    const pairs = Array.from({ length: n }, (_, i) => pair(i + 1));
    expect(line('pairs', { pairs })).toContain(working);
    expect(line('selection', { pairs })).toContain(selected);
  });

  it('pairs without a programme are counted as such, in the genitive after «у»', () => {
    const pairs = [pair(1), pair(2, ''), pair(3, '')];
    expect(stageEvidence('pairs', '8', { ...NOTHING, pairs }).missing).toContain('нет персонализированной программы у 2 пар (групп)');
    expect(stageEvidence('pairs', '8', { ...NOTHING, pairs: [pair(1), pair(2, '')] }).missing).toContain('нет персонализированной программы у 1 пары (группы)');
  });

  it.each([
    [['M1'], 'Обучение прошёл 1 наставник'],
    [['M1', 'M2'], 'Обучение прошли 2 наставника'],
    [['M1', 'M2', 'M3', 'M4', 'M5'], 'Обучение прошли 5 наставников'],
    [[], 'Обучение пока не прошёл ни один наставник'],
  ])('trained %j', (trainedMentorIds, words) => {
    expect(line('selection', { trainedMentorIds })).toContain(words);
  });

  it('the suggestions still awaiting the coordinator, when there are some', () => {
    expect(line('selection', { selectionRows: 1 })).toContain('Ожидает решения куратора 1 предложение подбора');
    expect(line('selection', { selectionRows: 4 })).toContain('Ожидают решения куратора 4 предложения подбора');
    expect(line('selection', { pairs: [pair(1)] })).not.toContain('предложени');
  });
});
