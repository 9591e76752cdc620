/**
 * A staff meeting's worth of answers at once: form-submit triggers running simultaneously contend for
 * the document lock (emulator/concurrency.ts). Every answer must end up in its bank exactly once,
 * without «Обновить банки», also when one trigger is killed half-way or over the 30-execution limit.
 */

import { type Answers, type BurstAnswer, burstSummary, columnValues, type loadAddon, sheetDisplayValues, submitForm, submitFormBurst } from '../../emulator';
import { generateStaff } from '../../scripts/demoStaff';
import { programmeWithForms, questionnaireIds } from '../support/programme';

type Addon = ReturnType<typeof loadAddon>;

function menteeAnswers(fullName: string, experience: number): Answers {
  return {
    'Фамилия, имя, отчество': fullName,
    Должность: 'учитель',
    'Предмет или направление работы': 'математика',
    'Педагогический стаж, полных лет': String(experience),
    Категория: 'молодой специалист',
    'С чем нужна помощь': ['методика преподавания', 'работа с родителями'],
    'Опишите затруднения своими словами': 'Трудно удерживать внимание 7 класса',
    'Предпочтительная форма наставничества': ['педагог – педагог'],
    'Удобное время для встреч': ['после уроков'],
    'Согласие на обработку персональных данных': 'Да, даю согласие',
  };
}

function mentorAnswers(fullName: string): Answers {
  return {
    'Фамилия, имя, отчество': fullName,
    Должность: 'учитель',
    'Предмет или направление работы': 'математика',
    'Педагогический стаж, полных лет': '20',
    'Квалификационная категория': 'высшая',
    'В чём можете помочь коллегам': ['методика преподавания'],
    'Скольких наставляемых можете взять': '2',
    'Формы наставничества, к которым вы готовы': ['педагог – педагог'],
    'Удобное время для встреч': ['после уроков'],
    'Согласие на обработку персональных данных': 'Да, даю согласие',
  };
}

/** `count` answers: about a third from mentors, the rest from mentees, the first mentee answering twice (the second time last-but-one). */
function staffMeeting(addon: Addon, count: number): { answers: BurstAnswer[]; mentees: string[]; mentors: string[]; twice: string } {
  const ids = questionnaireIds(addon);
  const staff = generateStaff(count - 1, 7);
  const answers: BurstAnswer[] = staff.map((p, i) =>
    i % 3 === 2 ? { formId: ids.mentor, answers: mentorAnswers(p.fullName), email: p.email } : { formId: ids.mentee, answers: menteeAnswers(p.fullName, 1), email: p.email },
  );
  const twice = staff[0];
  answers.splice(answers.length - 1, 0, { formId: ids.mentee, answers: menteeAnswers(twice.fullName, 2), email: twice.email });
  return {
    answers,
    mentees: staff.filter((_, i) => i % 3 !== 2).map((p) => p.email),
    mentors: staff.filter((_, i) => i % 3 === 2).map((p) => p.email),
    twice: twice.email,
  };
}

const sorted = (xs: readonly string[]) => [...xs].sort();

function expectEveryAnswerOnce(addon: Addon, meeting: ReturnType<typeof staffMeeting>): void {
  const mentees = sheetDisplayValues(addon.ws, 'Наставляемые');
  const mentors = sheetDisplayValues(addon.ws, 'Наставники');
  expect(sorted(columnValues(mentees, 'Эл. почта'))).toEqual(sorted(meeting.mentees));
  expect(sorted(columnValues(mentors, 'Эл. почта'))).toEqual(sorted(meeting.mentors));
  // IDs unique and the person who answered twice keeps one row with the newer answer.
  const ids = [...columnValues(mentees, 'ID'), ...columnValues(mentors, 'ID')];
  expect(new Set(ids).size).toBe(ids.length);
  const at = columnValues(mentees, 'Эл. почта').indexOf(meeting.twice);
  expect(columnValues(mentees, 'Стаж, лет')[at]).toBe('2');
  const journal = sheetDisplayValues(addon.ws, 'Журнал').flat().join('\n');
  expect(journal).not.toContain('Ответ не внесён');
}

describe('a burst of simultaneous answers', () => {
  it('30 answers within six seconds: all land, each once, while the triggers queue for the lock', async () => {
    const addon = await programmeWithForms();
    const meeting = staffMeeting(addon, 30);
    const outcomes = submitFormBurst(addon, meeting.answers, { spacingMs: 200 });
    expect(outcomes).toHaveLength(30);
    // The triggers really contended: nearly all waited for earlier holders.
    expect(outcomes.filter((o) => o.lockWaitMs > 0).length).toBeGreaterThan(20);
    expect(burstSummary(outcomes)).toBe('ok 30');
    expectEveryAnswerOnce(addon, meeting);
  });

  it('40 answers within a minute: all land', async () => {
    const addon = await programmeWithForms();
    const meeting = staffMeeting(addon, 40);
    const outcomes = submitFormBurst(addon, meeting.answers, { spacingMs: 1500 });
    expect(outcomes.every((o) => o.status === 'ok')).toBe(true);
    expectEveryAnswerOnce(addon, meeting);
  });

  it('40 answers at once: those over the 30-execution limit never start, and the running triggers bring their answers in', async () => {
    const addon = await programmeWithForms();
    const meeting = staffMeeting(addon, 40);
    const outcomes = submitFormBurst(addon, meeting.answers, { spacingMs: 50 });
    const notStarted = outcomes.filter((o) => o.status === 'not-started');
    expect(notStarted.length).toBeGreaterThan(0);
    expect(notStarted[0].error).toBe('There are too many scripts running simultaneously for this Google user account.');
    expect(outcomes.filter((o) => o.status !== 'ok' && o.status !== 'not-started')).toEqual([]);
    expectEveryAnswerOnce(addon, meeting);
  });

  it('30 answers while the coordinator’s run holds the lock for 45 s: the triggers wait (not 30 s and fail), all land', async () => {
    const addon = await programmeWithForms();
    const meeting = staffMeeting(addon, 30);
    addon.ws.locks.holdByOtherExecution('document', 45_000);
    const outcomes = submitFormBurst(addon, meeting.answers, { spacingMs: 200 });
    expect(burstSummary(outcomes)).toBe('ok 30');
    expect(outcomes[0].lockWaitMs).toBeGreaterThan(30_000);
    expectEveryAnswerOnce(addon, meeting);
  });

  it('answers land in the response sheet in arrival order, each at its own time; triggers 10 s apart never wait', async () => {
    const addon = await programmeWithForms();
    const meeting = staffMeeting(addon, 6);
    // 10 s apart: no contention, so each trigger takes in exactly its own answer.
    const outcomes = submitFormBurst(addon, meeting.answers, { spacingMs: 10_000 });
    expect(outcomes.map((o) => o.lockWaitMs)).toEqual([0, 0, 0, 0, 0, 0]);
    const times = sheetDisplayValues(addon.ws, 'Ответы на форму (1)').slice(1).map((r) => r[0]);
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort()).toEqual(times);
    expectEveryAnswerOnce(addon, meeting);
  });

  it('a trigger killed half-way: the next trigger of the burst brings its answer in', async () => {
    const addon = await programmeWithForms();
    const meeting = staffMeeting(addon, 30);
    // The 5th trigger dies at its first bank write (the earlier four each make one append).
    addon.ws.rt.faults.inject({ method: 'Range.setValues', kind: 'kill', skip: 4 });
    const outcomes = submitFormBurst(addon, meeting.answers, { spacingMs: 200 });
    expect(addon.ws.rt.faults.injected).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'killed')).toHaveLength(1);
    expectEveryAnswerOnce(addon, meeting);
  });

  it('the last answer of the day killed: the next answer, or «Обновить банки», brings it in', async () => {
    const addon = await programmeWithForms();
    const ids = questionnaireIds(addon);
    const [a, b] = generateStaff(2, 3);
    addon.ws.rt.faults.inject({ method: 'Range.setValues', kind: 'kill' });
    expect(() => submitForm(addon, ids.mentee, menteeAnswers(a.fullName, 1), a.email)).toThrow('Exceeded maximum execution time');
    expect(columnValues(sheetDisplayValues(addon.ws, 'Наставляемые'), 'Эл. почта')).toEqual([]);
    submitForm(addon, ids.mentee, menteeAnswers(b.fullName, 1), b.email);
    expect(columnValues(sheetDisplayValues(addon.ws, 'Наставляемые'), 'Эл. почта')).toEqual([a.email, b.email]);

    addon.ws.rt.faults.inject({ method: 'Range.setValues', kind: 'kill' });
    const [c] = generateStaff(3, 3).slice(2);
    expect(() => submitForm(addon, ids.mentee, menteeAnswers(c.fullName, 1), c.email)).toThrow('Exceeded maximum execution time');
    addon.clickMenu('Обновить банки');
    expect(columnValues(sheetDisplayValues(addon.ws, 'Наставляемые'), 'Эл. почта')).toEqual([a.email, b.email, c.email]);
  });
});
