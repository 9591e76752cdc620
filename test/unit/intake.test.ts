/**
 * One answer into a bank record (src/domain/intake.ts, src/domain/banks.ts): names kept as typed, long
 * answers bounded with a note, a failed answer reported and noted on its person's row, never blocking others.
 */
import { type BankAnswer, type BankRow, failureNote, upsertAnswer } from '../../src/domain/banks';
import { MAX_ANSWER_CHARS, MAX_PROBLEMS_CHARS, MAX_QUOTE_CHARS, normaliseName, parseAnswer, problemsText, quote, verbatimKeys } from '../../src/domain/intake';
import { isPersonName } from '../../src/domain/personName';
import { validateSettings } from '../../src/domain/programme';
import { CONSENT_YES, menteeQuestionnaire, mentorQuestionnaire } from '../../src/domain/questionnaires';

const mentee = menteeQuestionnaire('Школа', 'Иванова Анна Сергеевна');

function answers(over: Record<string, string> = {}): Record<string, string> {
  return {
    fullName: 'Зайцева Дарья Олеговна',
    position: 'учитель',
    subject: 'математика',
    experience: '1',
    category: 'молодой специалист',
    requests: 'методика преподавания',
    consent: CONSENT_YES,
    ...over,
  };
}

describe('names', () => {
  it.each(["Д'Анжело Мария Ивановна", 'Д’Анжело Мария Ивановна', 'Салтыков-Щедрин Михаил Евграфович', 'Мамедов Рашид Гусейн оглы', 'Кызы Айгуль Ахмед кызы'])(
    'keeps «%s» letter for letter, with no note',
    (name) => {
      const parsed = parseAnswer(mentee, 'a@school.example', answers({ fullName: `  ${name.replace(/ /g, '   ')} ` }));
      expect(parsed.values.fullName).toBe(name);
      expect(parsed.problems).toEqual([]);
    },
  );

  it('capitalises only a name typed all in one case; particles stay small', () => {
    expect(normaliseName('  зайцева   дарья олеговна ')).toBe('Зайцева Дарья Олеговна');
    expect(normaliseName("Д'АНЖЕЛО ПАВЕЛ ГУСЕЙН ОГЛЫ")).toBe("Д'Анжело Павел Гусейн оглы");
    expect(normaliseName('салтыков-щедрин михаил')).toBe('Салтыков-Щедрин Михаил');
    expect(normaliseName('ДиКаприо Леонид')).toBe('ДиКаприо Леонид');
  });

  it('the settings and the questionnaires share one rule', () => {
    for (const name of ["Д'Анжело Мария Ивановна", 'Мамедов Рашид Гусейн оглы']) {
      expect(isPersonName(name)).toBe(true);
      const result = validateSettings({ directorName: name, coordinatorName: name });
      expect(result.ok ? {} : result.errors).not.toHaveProperty('directorName');
    }
    expect(isPersonName('Иванова')).toBe(false);
    expect(isPersonName('Ivanova Anna')).toBe(false);
  });
});

describe('long answers', () => {
  it('keeps at most MAX_ANSWER_CHARS of an answer and says where the rest is', () => {
    const long = 'а'.repeat(50_000);
    const parsed = parseAnswer(mentee, 'a@school.example', answers({ description: long, fullName: `Д${long}` }));
    expect(String(parsed.values.description)).toHaveLength(MAX_ANSWER_CHARS);
    expect(String(parsed.values.description).endsWith('…')).toBe(true);
    expect(parsed.problems).toContain('«Опишите затруднения своими словами»: ответ длиннее 10\u00a0000 символов — полный текст в листе ответов.');
    // The note quoting the name quotes only its beginning.
    const nameNote = parsed.problems.find((p) => p.startsWith('ФИО записано необычно'))!;
    expect(nameNote.length).toBeLessThan(MAX_QUOTE_CHARS + 60);
    expect(problemsText(parsed.problems).length).toBeLessThanOrEqual(MAX_PROBLEMS_CHARS);
  });

  it('bounds quotes and the problems cell', () => {
    expect(quote('x'.repeat(1000))).toHaveLength(MAX_QUOTE_CHARS + 1);
    expect(problemsText(Array.from({ length: 100 }, () => 'п'.repeat(100)))).toHaveLength(MAX_PROBLEMS_CHARS);
  });
});

describe('values kept as typed', () => {
  it('asks for the text as typed of every text question that is not a number', () => {
    expect(verbatimKeys(mentee)).toEqual(['fullName', 'position', 'subject', 'description']);
    expect(verbatimKeys(mentorQuestionnaire('Школа', 'Иванова Анна Сергеевна'))).toEqual(['fullName', 'position', 'subject', 'mentoringExperience']);
  });

  it('takes «007», an ISO date and «+7…» as the text they are', () => {
    const parsed = parseAnswer(mentee, 'a@school.example', answers({ position: '007', subject: '2025-09-01', description: '+7 900 123-45-67' }));
    expect(parsed.values).toMatchObject({ position: '007', subject: '2025-09-01', description: '+7 900 123-45-67' });
  });
});

describe('a failed answer', () => {
  const ok = (email: string, row: number): BankAnswer => ({ ...parseAnswer(mentee, email, answers()), responseRow: row });
  const failed = (email: string, row: number): BankAnswer => ({ email, consent: false, values: {}, problems: [], blank: false, responseRow: row, failure: 'сбой' });

  it('is reported, never treated as a withdrawal, and noted once on its person’s row', () => {
    const inserted = upsertAnswer([], ok('a@school.example', 2), 'НЛ');
    expect(inserted.kind).toBe('inserted');
    const rows: BankRow[] = [inserted.kind === 'inserted' ? inserted.row : {}];
    const outcome = upsertAnswer(rows, failed('a@school.example', 3), 'НЛ');
    expect(outcome).toMatchObject({ kind: 'failed', responseRow: 3, reason: 'сбой', index: 0 });
    const row = outcome.kind === 'failed' ? outcome.row! : {};
    expect(row.consent).toBe(true);
    expect(row.fullName).toBe('Зайцева Дарья Олеговна');
    expect(String(row.problems)).toContain(failureNote(3, 'сбой'));
    // The same failure again changes nothing.
    expect(upsertAnswer([row], failed('a@school.example', 3), 'НЛ')).toEqual({ kind: 'failed', responseRow: 3, reason: 'сбой' });
  });

  it('of someone unknown is only reported', () => {
    expect(upsertAnswer([], failed('', 4), 'НЛ')).toEqual({ kind: 'failed', responseRow: 4, reason: 'сбой' });
  });
});
