/**
 * Rules of the mentor's consent and supplementary agreement, on a school other than the demo's (МАОУ Лицей № 2,
 * 2025–2026, and the same lyceum a year before ТК РФ ст. 351.8): the mentees in the right number, the volume of the
 * work (ТК РФ ст. 60.2 ч. 2), the place from «Настройки», «Работодатель» as the defined party, the law by the date.
 */
import { DOCUMENT_TEXT_KEYS, type DocMentee, type DocMentor, type DocPair, documentSettingsFrom, withDocumentDefaults } from '../../../src/domain/documents/inputs';
import { mentorConsent, supplementaryAgreement } from '../../../src/domain/documents/mentorConsent';
import { type DocumentModel, documentText as rawText } from '../../../src/domain/documents/model';
import { LYCEUM_SETTINGS } from '../../support/secondSchool';

const documentText = (doc: DocumentModel): string => rawText(doc).replace(/\u00a0/g, ' ');

const LYCEUM = withDocumentDefaults(LYCEUM_SETTINGS);
/** The same lyceum in 2023–2024: before ст. 351.8, the papers rest on ст. 60.2 and 151. */
const LYCEUM_2023 = withDocumentDefaults({ ...LYCEUM_SETTINGS, schoolYearStart: 2023, orderDate: '2023-08-30' });

const MENTOR: DocMentor = {
  id: 'Н-007',
  fullName: 'Гончаров Пётр Ильич',
  email: 'goncharov@lyceum2.example',
  position: 'учитель',
  subject: 'физика',
  experience: 22,
  qualification: 'высшая',
  competences: [],
};

function mentee(id: string, fullName: string): DocMentee {
  return { id, fullName, email: '', position: 'учитель', subject: 'физика', experience: 1, category: 'молодой специалист', requests: [], description: '' };
}

const GROUP: DocPair = {
  id: 'П-011',
  mentor: MENTOR,
  mentees: [mentee('НЛ-021', 'Зайцева Дарья Олеговна'), mentee('НЛ-022', 'Лебедев Артём Игоревич'), mentee('НЛ-023', 'Шевченко Алина Руслановна')],
  form: 'педагог – педагог',
  start: '2025-10-06',
  end: '2026-05-31',
};
const SINGLE: DocPair = { ...GROUP, id: 'П-012', mentees: [mentee('НЛ-024', 'Орлов Кирилл Андреевич')] };
const before = (pair: DocPair): DocPair => ({ ...pair, start: '2023-10-02', end: '2024-05-31' });

describe('the duties agree in number with the mentor’s mentees', () => {
  for (const [name, make] of [
    ['consent', mentorConsent],
    ['agreement', supplementaryAgreement],
  ] as const) {
    it(`${name}: a group of three — «с наставляемыми», «наставляемых», «им»; one programme`, () => {
      const text = documentText(make(LYCEUM, MENTOR, [GROUP]));
      expect(text).toContain('совместно с наставляемыми разрабатывать персонализированную программу наставничества и реализовывать её');
      expect(text).toContain('выявлять профессиональные затруднения наставляемых и оказывать им методическую');
      expect(text).toContain('проводить открытые уроки (занятия) для наставляемых');
      expect(text).toContain('содействовать адаптации наставляемых в коллективе, передавать им профессиональный опыт');
      expect(text).not.toMatch(/с наставляемым(?![а-яё])|наставляемого(?![а-яё])|(?<![а-яё])ему(?![а-яё])/);
    });

    it(`${name}: two pairs — two programmes`, () => {
      const text = documentText(make(LYCEUM, MENTOR, [SINGLE, { ...SINGLE, id: 'П-013', mentees: [mentee('НЛ-025', 'Фомина Вера Павловна')] }]));
      expect(text).toContain('совместно с наставляемыми разрабатывать персонализированные программы наставничества и реализовывать их');
      expect(text).toContain('отчёт о реализации персонализированных программ.');
    });

    it(`${name}: one mentee — the singular`, () => {
      const text = documentText(make(LYCEUM, MENTOR, [SINGLE]));
      expect(text).toContain('совместно с наставляемым разрабатывать персонализированную программу');
      expect(text).toContain('оказывать ему методическую');
      expect(text).not.toMatch(/наставляемыми|наставляемых(?![а-яё])/);
    });
  }
});

describe('the volume of the work is set (ТК РФ ст. 60.2 ч. 2): how many mentees, in which form, meetings a month', () => {
  it('a group of three: one group, meetings with the group — in the consent and in the agreement, the same words', () => {
    const volume =
      'Объём работы по наставничеству: наставничество в отношении трёх наставляемых в составе одной наставнической группы; ' +
      'встречи (консультации) с наставнической группой не реже двух раз в месяц по согласованному графику.';
    expect(documentText(mentorConsent(LYCEUM, MENTOR, [GROUP]))).toContain(volume);
    expect(documentText(supplementaryAgreement(LYCEUM, MENTOR, [GROUP]))).toContain(`6. ${volume}`);
  });

  it('one mentee, two mentees in pairs, and a pair beside a group', () => {
    const one = documentText(supplementaryAgreement(LYCEUM, MENTOR, [SINGLE]));
    expect(one).toContain('наставничество в отношении одного наставляемого в индивидуальной форме; встречи (консультации) с наставляемым не реже двух раз в месяц');
    const two = documentText(mentorConsent(LYCEUM, MENTOR, [SINGLE, { ...SINGLE, id: 'П-013', mentees: [mentee('НЛ-025', 'Фомина Вера Павловна')] }]));
    expect(two).toContain('наставничество в отношении двух наставляемых в индивидуальной форме; встречи (консультации) с каждым наставляемым не реже двух раз в месяц');
    const mixed = documentText(mentorConsent(LYCEUM, MENTOR, [SINGLE, GROUP]));
    expect(mixed).toContain(
      'наставничество в отношении четырёх наставляемых: одного — в индивидуальной форме, трёх — в составе одной наставнической группы; ' +
        'встречи (консультации) с наставляемым и с наставнической группой не реже двух раз в месяц',
    );
  });

  it('the consent acknowledges the volume among the terms the agreement sets; before ст. 351.8 too', () => {
    const consent = documentText(mentorConsent(LYCEUM, MENTOR, [GROUP]));
    expect(consent).toContain('с содержанием, объёмом, сроком и формой работы по наставничеству');
    expect(consent).toContain('Содержание, объём, срок и форма работы по наставничеству и её оплата устанавливаются дополнительным соглашением');
    const earlier = documentText(mentorConsent(LYCEUM_2023, MENTOR, [before(GROUP)]));
    expect(earlier).toContain('Объём работы по наставничеству: наставничество в отношении трёх наставляемых');
    expect(earlier).toContain('статьями 60.2 и 151 Трудового кодекса Российской Федерации');
  });
});

describe('the agreement writes its defined parties capitalised throughout', () => {
  for (const [label, settings, pairs] of [
    ['under ст. 351.8', LYCEUM, [GROUP]],
    ['under ст. 60.2', LYCEUM_2023, [before(GROUP)]],
  ] as const) {
    it(label, () => {
      const text = documentText(supplementaryAgreement(settings, MENTOR, pairs));
      expect(text).toContain('(далее — Работодатель)');
      expect(text).not.toMatch(/(?<![а-яё])работодател/);
      expect(text).not.toMatch(/(?<![а-яё-])работник(?:а|у|ом)?(?![а-яё])/);
    });
  }
});

describe('the law by the date: ст. 351.8 from 01.03.2025, ст. 60.2 and 151 before; the early ending as each gives it', () => {
  it('a programme starting before 01.03.2025: ст. 60.2 and 151, either side on written notice (ст. 60.2 ч. 4)', () => {
    const pairs = [{ ...GROUP, start: '2025-02-28' as const, end: '2025-05-31' as const }];
    const settings = withDocumentDefaults({ ...LYCEUM_SETTINGS, schoolYearStart: 2024, orderDate: '2024-08-30' });
    for (const doc of [mentorConsent(settings, MENTOR, pairs), supplementaryAgreement(settings, MENTOR, pairs)]) {
      const text = documentText(doc);
      expect(text).toContain('статьями 60.2 и 151 Трудового кодекса Российской Федерации');
      expect(text).toContain('предупредив другую сторону в письменной форме не позднее чем за три рабочих дня (статья 60.2 Трудового кодекса Российской Федерации)');
      expect(text).not.toContain('351.8');
    }
  });

  it('a programme starting on 01.03.2025: ст. 351.8, the employer’s notice to the worker', () => {
    const pairs = [{ ...GROUP, start: '2025-03-01' as const, end: '2025-05-31' as const }];
    const settings = withDocumentDefaults({ ...LYCEUM_SETTINGS, schoolYearStart: 2024, orderDate: '2024-08-30' });
    const consent = documentText(mentorConsent(settings, MENTOR, pairs));
    const agreement = documentText(supplementaryAgreement(settings, MENTOR, pairs));
    expect(consent).toContain('в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации даю согласие');
    expect(consent).toContain('предупредив меня об этом не менее чем за три рабочих дня (статья 351.8 Трудового кодекса Российской Федерации)');
    expect(agreement).toContain('В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации и с письменного согласия Работника');
    expect(agreement).toContain('предупредив об этом Работника не менее чем за три рабочих дня (статья 351.8 Трудового кодекса Российской Федерации)');
    for (const text of [consent, agreement]) expect(text).not.toMatch(/60\.2|статьями .* 151/);
  });
});

describe('the agreement’s place is «Настройки»’s, a blank only when it has none', () => {
  const limits = { individual: 2, group: 4 };
  const placeLine = (place: string | null): string => {
    const values = new Map(place === null ? [] : [[DOCUMENT_TEXT_KEYS.place, place]]);
    const doc = supplementaryAgreement(documentSettingsFrom(LYCEUM_SETTINGS, values, limits), MENTOR, [GROUP]);
    return rawText(doc).split('\n')[2];
  };

  it('prints the place the coordinator typed, «г.» kept to the name', () => {
    expect(placeLine('  г. Энск ')).toBe('г.\u00a0Энск\t«_____» __________ 2025 г.');
    expect(placeLine('с. Тенгинка')).toBe('с.\u00a0Тенгинка\t«_____» __________ 2025 г.');
  });

  it('leaves a blank line when «Настройки» has no place, or an empty one', () => {
    expect(placeLine(null)).toBe('__________\t«_____» __________ 2025 г.');
    expect(placeLine('   ')).toBe('__________\t«_____» __________ 2025 г.');
  });
});

describe('the agreement lists several mentees as its own sub-points', () => {
  it('«2.1.», «2.2.» for a group (not a nested «1.», «2.» beside the agreement’s points), one mentee inline', () => {
    const group = documentText(supplementaryAgreement(LYCEUM, MENTOR, [GROUP]));
    expect(group).toMatch(/2\. Наставничество осуществляется в отношении следующих работников:\n2\.1\. [^\n]+;\n2\.2\. /);
    expect(group).toMatch(/\n3\. Форма наставничества/);
    const single = documentText(supplementaryAgreement(LYCEUM, MENTOR, [SINGLE]));
    expect(single).toContain('2. Наставничество осуществляется в отношении работника: Орлов Кирилл Андреевич');
    expect(single).not.toMatch(/\n1\. Орлов/);
  });
});
