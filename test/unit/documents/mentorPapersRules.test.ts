/**
 * Rules of the mentor's consent and supplementary agreement, on a school other than the demo's (МАОУ Лицей № 2,
 * 2025–2026, and the same lyceum a year before ТК РФ ст. 351.8): the mentees in the right number, the volume of the
 * work (ТК РФ ст. 60.2 ч. 2), the place from «Настройки», «Работодатель» as the defined party, the law by the date.
 */
import { type DocMentee, type DocMentor, type DocPair, withDocumentDefaults } from '../../../src/domain/documents/inputs';
import { mentorConsent, supplementaryAgreement } from '../../../src/domain/documents/mentorConsent';
import { type DocumentModel, documentText as rawText } from '../../../src/domain/documents/model';
import { LYCEUM_SETTINGS } from '../../support/secondSchool';

const documentText = (doc: DocumentModel): string => rawText(doc).replace(/\u00a0/g, ' ');

const LYCEUM = withDocumentDefaults(LYCEUM_SETTINGS);

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
