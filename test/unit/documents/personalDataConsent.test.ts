/**
 * Paper personal-data consents of a bank: per person the ст. 9 consent with its requisites and, on its own page,
 * the ст. 10.1 consent; the acts cited by the document's date, gender agreement, blanks only where written by hand.
 */
import { checkDocumentText } from '../../../src/domain/documents/checker';
import type { DocMentee, DocMentor } from '../../../src/domain/documents/inputs';
import { type Block, blockText, type DocumentModel, documentText } from '../../../src/domain/documents/model';
import { isStudent, personalDataConsents } from '../../../src/domain/documents/personalDataConsent';
import { organisationDative } from '../../../src/domain/documents/phrases';
import { plain, SEED_SETTINGS } from './seedSettings';

const mentor = (id: string, fullName: string, over: Partial<DocMentor> = {}): DocMentor => ({
  id,
  fullName,
  email: `${id}@school13.example`,
  position: 'учитель',
  subject: 'физика',
  experience: 20,
  qualification: 'высшая',
  competences: [],
  ...over,
});
const mentee = (id: string, fullName: string, over: Partial<DocMentee> = {}): DocMentee => ({
  id,
  fullName,
  email: '',
  position: 'учитель',
  subject: 'математика',
  experience: 1,
  category: 'молодой специалист',
  requests: [],
  description: '',
  ...over,
});

const ANNA = mentor('n1', 'Иванова Анна Петровна');
const ALEXANDER = mentor('n2', 'Дюма Александр Петрович', { email: 'a_dumas@school13.example' });
const STUDENT = mentee('e1', 'Ёлкина Татьяна Сергеевна', { position: 'студент-практикант', category: 'студент' });
const TEACHER = mentee('e2', 'Петров-Водкин Кузьма Сергеевич');
const PEOPLE = [ANNA, ALEXANDER, STUDENT, TEACHER].map((p) => p.fullName);

/** The document's pages: blocks between page breaks, as plain text. */
function pages(doc: DocumentModel): string[] {
  const out: Block[][] = [[]];
  for (const b of doc.blocks) {
    if (b.kind === 'pageBreak') out.push([]);
    else out[out.length - 1].push(b);
  }
  return out.map((blocks) => plain(blocks.map(blockText).join('\n')));
}

const PROCESSING = 'Согласие на обработку персональных данных\n';
const DISSEMINATION = 'Согласие на обработку персональных данных, разрешённых субъектом персональных данных для распространения';

describe('personalDataConsents: the mentors’ bank on 1 October 2022', () => {
  const doc = personalDataConsents(SEED_SETTINGS, [ANNA, ALEXANDER], 'mentor', '2022-10-01');
  const all = pages(doc);

  it('is named like the other documents', () => {
    expect(doc.fileName).toBe('Согласия на обработку персональных данных — наставники — МБОУ СОШ № 13 — 2022-2023');
  });

  it('gives each person, in the order given, the ст. 9 consent and then the ст. 10.1 consent on a page of its own', () => {
    expect(all).toHaveLength(4);
    [ANNA, ALEXANDER].forEach((person, i) => {
      expect(all[2 * i].startsWith(PROCESSING)).toBe(true);
      expect(all[2 * i + 1].startsWith(DISSEMINATION)).toBe(true);
      for (const page of all.slice(2 * i, 2 * i + 2)) expect(page).toContain(`Я, ${person.fullName}, `);
    });
    // The ст. 10.1 consent is a paper of its own: nothing of the ст. 9 consent on its page.
    for (const page of [all[1], all[3]]) {
      expect(page).not.toContain('основной документ, удостоверяющий личность');
      expect(page).toContain('оформлено отдельно от иных согласий');
    }
  });

  it('holds every requisite of ст. 9 ч. 4 in each consent to processing', () => {
    for (const [i, person] of [ANNA, ALEXANDER].entries()) {
      const page = all[2 * i];
      expect(page).toContain(`Я, ${person.fullName}, адрес места жительства: __________ __________ __________`);
      expect(page).toMatch(/основной документ, удостоверяющий личность: _{10} серия _{5} № _{5}, выдан _{10} _{10} _{10}, дата выдачи «_{5}» _{10} _{5} г\./);
      // The operator in the dative, as «даю согласие (кому?)» needs it, and named «оператор» for the rest of the text.
      expect(page).toContain('даю согласие Муниципальному бюджетному общеобразовательному учреждению «Средняя общеобразовательная школа № 13» (МБОУ СОШ № 13; адрес: ');
      expect(page).toContain('; далее — оператор) на обработку моих персональных данных');
      expect(page).toContain('Цель обработки: реализация программы наставничества');
      expect(page).toContain('Перечень персональных данных: фамилия, имя, отчество; адрес электронной почты; должность;');
      expect(page).toContain('квалификационная категория');
      expect(page).toContain('Действия с персональными данными: сбор, запись');
      // Where the data is kept: the add-on's spreadsheets, forms and documents are Google's services.
      expect(page).toContain('в сервисах Google — Таблицах, Формах, Документах и на Диске — в учётной записи школы');
      expect(page).toContain('Срок действия согласия: со дня его подписания по 31 августа 2024 г.');
      expect(page).toContain('Согласие может быть отозвано мною в любое время письменным заявлением');
      expect(page).toContain('«_____» __________ 2022 г.');
      expect(page).toContain('Подпись субъекта персональных данных');
    }
  });

  it('holds the requisites of приказ Роскомнадзора № 18 in each consent to dissemination', () => {
    const page = all[3];
    expect(page).toContain('адрес электронной почты: a_dumas@school13.example, телефон: __________');
    expect(page).toContain('ИНН __________, ОГРН __________');
    expect(page).toContain('официальный сайт МБОУ СОШ № 13 в сети «Интернет»');
    expect(page).toContain('Цель: информирование о реализации программы наставничества');
    expect(page).toContain('Разрешаю (да/нет)\tУсловия и запреты');
    expect(page).toContain('Персональные данные\tквалификационная категория\t_____\t__________');
    expect(page).toContain('Биометрические персональные данные\tне распространяются');
    expect(page).toContain('Срок действия согласия: со дня его подписания по 31 августа 2024 г.');
    expect(page).toContain('части 12 и 13 статьи 10.1');
  });

  it('agrees with the person: «Ознакомлена», «согласна» for Анна Петровна; «Ознакомлен», «согласен» for Александр Петрович', () => {
    expect(all[0]).toContain('Ознакомлена с правами субъекта персональных данных');
    expect(all[1]).toContain('Я согласна, что сведения');
    expect(all[2]).toContain('Ознакомлен с правами субъекта персональных данных');
    expect(all[3]).toContain('Я согласен, что сведения');
    expect(all[2]).not.toContain('Ознакомлена');
  });

  it('leaves no placeholder but the designated blanks, and the checker finds nothing', () => {
    const text = documentText(doc);
    expect(text).not.toMatch(/undefined|null|NaN|TODO|\{|\}|\(а\)|\(её\)|\(ая\)/);
    for (const m of text.replace(/\S+@\S+/g, '').matchAll(/_+/g)) expect([5, 10]).toContain(m[0].length);
    expect(checkDocumentText(text, { date: '2022-10-01', people: PEOPLE })).toEqual([]);
  });
});

describe('personalDataConsents: the acts by the document’s date', () => {
  const text = (date: string) => plain(documentText(personalDataConsents(SEED_SETTINGS, [ANNA], 'mentor', date)));

  it('2022: ст. 10.1 and приказ Роскомнадзора № 18, no 156-ФЗ (in force only from 01.09.2025)', () => {
    const t = text('2022-10-01');
    expect(t).toContain('руководствуясь статьёй 10.1 Федерального закона от 27.07.2006 № 152-ФЗ');
    expect(t).toContain('приказом Роскомнадзора от 24.02.2021 № 18');
    expect(t).not.toContain('156-ФЗ');
    expect(t).not.toContain('оформлено отдельно от иных документов');
  });

  it('2026: the consent to processing says it is a separate document (ч. 1 ст. 9 as amended by 156-ФЗ)', () => {
    const t = text('2026-01-15');
    expect(t).toContain('Настоящее согласие оформлено отдельно от иных документов, подписываемых мною (часть 1 статьи 9');
    expect(t).toContain('в редакции Федерального закона от 24.06.2025 № 156-ФЗ');
    expect(t).toContain('статьёй 10.1');
  });

  it('before ст. 10.1 (2020) asks the consent to dissemination without citing it or the order of 2021', () => {
    const t = text('2020-12-01');
    expect(t).toContain('Согласие на распространение персональных данных');
    expect(t).not.toContain('10.1');
    expect(t).not.toContain('Роскомнадзора');
  });

  it.each(['2020-12-01', '2022-10-01', '2026-01-15'])('the checker finds no act cited before %s', (date) => {
    const doc = personalDataConsents(SEED_SETTINGS, [ANNA, ALEXANDER], 'mentor', date);
    expect(checkDocumentText(documentText(doc), { date, people: PEOPLE })).toEqual([]);
  });

  it('the checker would catch the order of 2021 cited in 2020', () => {
    expect(checkDocumentText('по требованиям, утверждённым приказом Роскомнадзора от 24.02.2021 №\u00a018', { date: '2020-12-01', people: [] })).toEqual([expect.stringContaining('действующий с 2021-09-01')]);
    expect(checkDocumentText('приказом Роскомнадзора от 24.02.2021 №\u00a018', { date: '2027-09-01', people: [] })).toEqual([expect.stringContaining('уже не актуальный')]);
  });
});

describe('personalDataConsents: the mentees’ bank', () => {
  const doc = personalDataConsents(SEED_SETTINGS, [STUDENT, TEACHER], 'mentee', '2022-10-01');
  const all = pages(doc);

  it('tells a student by «Должность» or «Категория»', () => {
    expect(isStudent(STUDENT)).toBe(true);
    expect(isStudent(TEACHER)).toBe(false);
    expect(isStudent(mentee('e3', 'Орлова Нина Ивановна', { position: 'учитель', category: 'студент, принятый на работу' }))).toBe(true);
  });

  it('lets a legal representative sign a student’s consents (a minor cannot be told apart), the student in the genitive', () => {
    expect(doc.fileName).toBe('Согласия на обработку персональных данных — наставляемые — МБОУ СОШ № 13 — 2022-2023');
    for (const page of all.slice(0, 2)) {
      expect(page).toContain('Согласие законного представителя (заполняется, если субъекту персональных данных не исполнилось 18 лет)');
      expect(page).toContain('являясь законным представителем несовершеннолетней Ёлкиной Татьяны Сергеевны');
      expect(page).toContain('Подпись законного представителя');
    }
    expect(all[0]).toContain('даю согласие на обработку её персональных данных');
    expect(all[1]).toContain('даю согласие на распространение её персональных данных');
    for (const page of all.slice(2)) expect(page).not.toContain('законного представителя');
    expect(all[2]).toContain('Ознакомлен с правами');
    expect(all[2]).toContain('профессиональные запросы и описание затруднений');
    expect(all[2]).not.toContain('квалификационная категория');
    expect(checkDocumentText(documentText(doc), { date: '2022-10-01', people: PEOPLE })).toEqual([]);
  });

  it('writes the operator’s requisites from «Настройки» when the school has filled them in', () => {
    const settings = { ...SEED_SETTINGS, schoolAddress: '123456, г. Энск, ул. Школьная, д. 13', inn: '1234567890', ogrn: '1021234567890', website: 'https://school13.example.ru' };
    const t = plain(documentText(personalDataConsents(settings, [TEACHER], 'mentee', '2022-10-01')));
    expect(t).toContain('адрес: 123456, г. Энск, ул. Школьная, д. 13, ИНН 1234567890, ОГРН 1021234567890; далее — оператор) на распространение');
    expect(t).toContain('в сети «Интернет» https://school13.example.ru.');
  });

  it('refuses an empty bank in Russian', () => {
    expect(() => personalDataConsents(SEED_SETTINGS, [], 'mentee', '2022-10-01')).toThrow('В банке наставляемых нет ни одного участника с согласием');
  });
});

describe('the operator’s name in the dative', () => {
  it('declines the legal form before the quoted name and keeps the rest; an unknown form falls back to «оператору — …»', () => {
    expect(organisationDative('Муниципальное автономное общеобразовательное учреждение «Лицей № 2» города Энска')).toBe(
      'Муниципальному автономному общеобразовательному учреждению «Лицей № 2» города Энска',
    );
    expect(organisationDative('Частная образовательная организация «Школа „Перспектива“»')).toBe('Частной образовательной организации «Школа „Перспектива“»');
    expect(organisationDative('МБОУ «СОШ № 1»')).toBeNull();
    expect(organisationDative('Школа № 5')).toBeNull();
    const fallback = plain(documentText(personalDataConsents({ ...SEED_SETTINGS, schoolFullName: 'ГБОУ «Школа № 5»' }, [ANNA], 'mentor', '2022-10-01')));
    expect(fallback).toContain('даю согласие оператору — ГБОУ «Школа № 5» (МБОУ СОШ № 13), адрес: ');
  });
});
