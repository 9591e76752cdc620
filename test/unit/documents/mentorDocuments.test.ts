import type { DocMentee, DocMentor, DocPair } from '../../../src/domain/documents/inputs';
import { MENTOR_DUTIES, mentorConsent, mentorDuties, supplementaryAgreement } from '../../../src/domain/documents/mentorConsent';
import { type DocumentModel, documentText as rawText } from '../../../src/domain/documents/model';
import type { ProgrammeSettings } from '../../../src/domain/programme';
import { SEED_SETTINGS } from './seedSettings';

/** The text with non-breaking spaces read as spaces (names and «№» are typeset with them). */
const documentText = (doc: DocumentModel): string => rawText(doc).replace(/\u00a0/g, ' ');

const SETTINGS: ProgrammeSettings = { ...SEED_SETTINGS, orderDate: '2025-08-29', schoolYearStart: 2025 };

const MENTOR: DocMentor = {
  id: 'Н-001',
  fullName: 'Иванова Анна Петровна',
  email: 'ivanova@school13.example',
  position: 'учитель',
  subject: 'математика',
  experience: 15,
  qualification: 'высшая',
  competences: ['работа с родителями'],
};

function mentee(id: string, fullName: string, over: Partial<DocMentee> = {}): DocMentee {
  return { id, fullName, email: '', position: 'учитель', subject: 'математика', experience: 1, category: 'молодой специалист', requests: [], description: '', ...over };
}

const PAIR: DocPair = {
  id: 'П-001',
  mentor: MENTOR,
  mentees: [mentee('НЛ-001', 'Петрова Мария Ивановна')],
  form: 'педагог – педагог',
  start: '2025-09-15',
  end: '2026-05-31',
};
const GROUP: DocPair = {
  ...PAIR,
  id: 'П-002',
  mentees: [mentee('НЛ-002', 'Сидорова Ольга Сергеевна', { subject: 'информатика' }), mentee('НЛ-003', 'Кузнецова Ирина Олеговна', { position: 'педагог-организатор', subject: '' })],
};
const SOMEONE_ELSES: DocPair = { ...PAIR, id: 'П-003', mentor: { ...MENTOR, id: 'Н-002', fullName: 'Орлова Нина Ивановна' }, mentees: [mentee('НЛ-004', 'Волкова Елена Павловна')] };

function expectClean(doc: DocumentModel): void {
  const text = documentText(doc);
  expect(text).not.toMatch(/undefined|null|NaN|TODO|\[|\]/);
  expect(text).not.toMatch(/\.\./);
  expect(text.replace(/_{5}/g, '')).not.toContain('_');
}

describe('mentorConsent', () => {
  const doc = mentorConsent(SETTINGS, MENTOR, [PAIR]);
  const text = documentText(doc);

  it('is the mentor’s written consent under ТК РФ ст. 351.8, in the first person, the name in the nominative', () => {
    expect(text).toContain('Согласие на выполнение работы по наставничеству');
    expect(text).toContain('Я, Иванова Анна Петровна, учитель математики, работник МБОУ СОШ № 13,');
    expect(text).toContain('статьёй 351.8 Трудового кодекса Российской Федерации даю согласие на выполнение работы по наставничеству');
    expect(text).toContain('Директору МБОУ СОШ № 13\nКостериной М. В.\nот учителя математики Ивановой Анны Петровны');
    expect(text).toContain('ознакомлена.');
    expect(text).not.toContain('(а)');
    expect(text).toContain('досрочно отказаться от выполнения работы по наставничеству');
    expect(text).toContain('Положением о программе наставничества в МБОУ СОШ № 13 (приложение 1 к приказу от 29.08.2025 № 384/2-о');
    expectClean(doc);
  });

  it('names the mentee, the form and the term', () => {
    expect(text).toContain('Наставляемый:\nПетрова Мария Ивановна, учитель математики');
    expect(text).toContain('Форма наставничества: педагог – педагог, индивидуальная.');
    expect(text).toContain('Срок наставничества: с 15 сентября 2025 г. по 31 мая 2026 г.');
    for (const duty of MENTOR_DUTIES) expect(text).toContain(duty);
  });

  it('ends with a date and a signature line for the mentor', () => {
    expect(text).toContain('«_____» __________ 2025 г.');
    const last = doc.blocks[doc.blocks.length - 1];
    expect(last).toEqual({ kind: 'signatures', lines: [{ role: 'Подпись', name: 'А.\u00a0П.\u00a0Иванова' }] });
  });

  it('names every mentee of every pair of the mentor, and only hers; with each pair’s term when they differ', () => {
    const later = { ...GROUP, start: '2025-11-01' };
    const all = documentText(mentorConsent(SETTINGS, MENTOR, [PAIR, later, SOMEONE_ELSES]));
    expect(all).toContain('Наставляемые:');
    for (const name of ['Петрова Мария Ивановна, учитель математики', 'Сидорова Ольга Сергеевна, учитель информатики', 'Кузнецова Ирина Олеговна, педагог-организатор']) {
      expect(all).toContain(name);
    }
    expect(all).not.toContain('Волкова');
    expect(all).toContain('Кузнецова Ирина Олеговна, педагог-организатор — форма наставничества: педагог – педагог, групповая; срок: с 1 ноября 2025 г. по 31 мая 2026 г.');
    expect(all).toContain('Петрова Мария Ивановна, учитель математики — форма наставничества: педагог – педагог, индивидуальная; срок: с 15 сентября 2025 г. по 31 мая 2026 г.');
    expect(all).not.toContain('Срок наставничества: с');
    // A common term is said once; only the form, which differs, goes with each mentee.
    const sameTerm = documentText(mentorConsent(SETTINGS, MENTOR, [PAIR, GROUP]));
    expect(sameTerm).toContain('Петрова Мария Ивановна, учитель математики — форма наставничества: педагог – педагог, индивидуальная\n');
    expect(sameTerm).toContain('Срок наставничества: с 15 сентября 2025 г. по 31 мая 2026 г.');
    expect(sameTerm).not.toContain('Форма наставничества:');
  });

  it('refuses a mentor without pairs, in Russian', () => {
    expect(() => mentorConsent(SETTINGS, MENTOR, [])).toThrow('У наставника Иванова Анна Петровна нет наставнических пар (групп)');
    expect(() => mentorConsent(SETTINGS, MENTOR, [SOMEONE_ELSES])).toThrow('нет наставнических пар');
  });
});

describe('supplementaryAgreement', () => {
  const doc = supplementaryAgreement(SETTINGS, MENTOR, [PAIR, GROUP]);
  const text = documentText(doc);

  it('is a draft with its number and the contract’s left for the school', () => {
    expect(text).toContain('Дополнительное соглашение № _____');
    expect(text).toContain('к трудовому договору от _____ № _____');
    expectClean(doc);
  });

  it('names the parties: the school by its director in the genitive, agreeing in gender, and the worker', () => {
    expect(text).toContain(`${SETTINGS.schoolFullName} (далее — Работодатель) в лице директора Костериной Марины Владимировны, действующей на основании Устава`);
    expect(text).toContain('и Иванова Анна Петровна, учитель математики (далее — Работник)');
  });

  it('sets the content, the mentees, the form, the term and the start under ст. 351.8', () => {
    expect(text).toContain('В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации и с письменного согласия Работника');
    expect(text).toContain('Наставничество осуществляется в отношении следующих работников:');
    for (const name of ['Петрова Мария Ивановна', 'Сидорова Ольга Сергеевна', 'Кузнецова Ирина Олеговна']) expect(text).toContain(name);
    expect(text).toContain('Срок наставничества: с 15 сентября 2025 г. по 31 мая 2026 г.');
    expect(text).toContain('Форма наставничества указана для каждого наставляемого в пункте 2.');
    expect(text).toContain('Сидорова Ольга Сергеевна, учитель информатики — форма наставничества: педагог – педагог, групповая');
    // Three mentees in two pairs: the duties in the plural (the singular here was a defect).
    for (const duty of mentorDuties(3, 2)) expect(text).toContain(duty);
    expect(text).toContain('вступает в силу с 15 сентября 2025 г.');
  });

  it('leaves the choice of pay visibly to the school', () => {
    expect(text).not.toContain('(нужное отметить)');
    expect(text).not.toContain('□');
    expect(text).toContain('устанавливается доплата в размере _____ рублей в месяц в соответствии с Положением об оплате труда работников МБОУ СОШ № 13');
    expect(text).toContain('Остальные условия трудового договора, не затронутые настоящим дополнительным соглашением, остаются неизменными');
  });

  it('is signed by both parties, initials first', () => {
    const signatures = doc.blocks.filter((b) => b.kind === 'signatures').flatMap((b) => (b.kind === 'signatures' ? b.lines : []));
    expect(signatures).toContainEqual({ role: 'Работодатель: директор МБОУ СОШ №\u00a013', name: 'М.\u00a0В.\u00a0Костерина' });
    expect(signatures).toContainEqual({ role: 'Работник', name: 'А.\u00a0П.\u00a0Иванова' });
  });

  it('numbers its points in order', () => {
    const numbers = doc.blocks.flatMap((b) => {
      const m = b.kind === 'paragraph' ? /^(\d+)\. /.exec(documentText({ fileName: '', blocks: [b] })) : null;
      return m ? [Number(m[1])] : [];
    });
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers.length).toBeGreaterThanOrEqual(8);
  });

  it('refuses a mentor without pairs, in Russian', () => {
    expect(() => supplementaryAgreement(SETTINGS, MENTOR, [])).toThrow('нет наставнических пар');
  });
});
