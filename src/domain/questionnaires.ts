/**
 * The two questionnaires (stages 5 and 6): what each asks, in what order, and the consent item that
 * ends both (152-ФЗ ст. 9: who processes what data, for what purpose, for how long, how to withdraw).
 * They ask only what the programme uses: every question feeds a bank column. A third, «Встреча пары»
 * (stage 8.4), is a mentor's short report of a meeting into the log «Встречи».
 */
import { CONVENIENT_TIMES, DIFFICULTIES, MENTEE_CATEGORIES, MENTORING_FORMATS, MENTORING_FORMS, QUALIFICATIONS } from './catalog';
import { WORK_FORMS } from './meetings';

/** 'list': a dropdown (the meeting form's pairs, refreshed as pairs change). */
export type QuestionKind = 'text' | 'paragraph' | 'choice' | 'checkbox' | 'list';

export interface Question {
  /** The bank column this answer fills. */
  readonly key: string;
  readonly title: string;
  readonly kind: QuestionKind;
  readonly required: boolean;
  readonly help?: string;
  readonly choices?: readonly string[];
}

export interface Questionnaire {
  readonly id: 'mentee' | 'mentor' | 'meeting';
  readonly title: string;
  readonly description: string;
  readonly questions: readonly Question[];
}

export const CONSENT_YES = 'Да, даю согласие';
export const CONSENT_NO = 'Нет, не даю согласия';

/** The consent text, with the school's name and the coordinator in it. */
export function consentText(schoolName: string, coordinator: string): string {
  return [
    `Оператор персональных данных — ${schoolName}.`,
    'Обрабатываются: фамилия, имя, отчество; адрес электронной почты; должность; преподаваемый предмет; стаж; квалификационная категория; ответы этой анкеты.',
    'Цель — формирование банка наставников и наставляемых, подбор наставнических пар и групп, подготовка документов программы наставничества.',
    'Действия: сбор, запись, систематизация, хранение, уточнение, использование, удаление. Данные хранятся в таблице программы в Google Workspace школы и передаются только участникам вашей пары или группы и администрации школы.',
    'Срок — до окончания учебного года, в котором реализуется программа, и один год после него для отчётности.',
    `Согласие можно отозвать в любой момент письменным заявлением или письмом куратору программы (${coordinator}); после отзыва ваши персональные данные удаляются из банков программы.`,
  ].join(' ');
}

const identity = (role: 'mentee' | 'mentor'): Question[] => [
  { key: 'fullName', title: 'Фамилия, имя, отчество', kind: 'text', required: true },
  { key: 'position', title: 'Должность', kind: 'text', required: true },
  { key: 'subject', title: 'Предмет или направление работы', kind: 'text', required: true },
  {
    key: 'experience',
    title: 'Педагогический стаж, полных лет',
    kind: 'text',
    required: true,
    help: role === 'mentee' ? 'Числом, например 2. Если меньше года — 0.' : 'Числом, например 18.',
  },
];

const forms: Question = {
  key: 'forms',
  title: 'Формы наставничества',
  kind: 'checkbox',
  required: false,
  choices: [...MENTORING_FORMS, ...MENTORING_FORMATS],
};
const times: Question = { key: 'times', title: 'Удобное время для встреч', kind: 'checkbox', required: false, choices: CONVENIENT_TIMES };

export const CONSENT_KEY = 'consent';

function consentQuestion(schoolName: string, coordinator: string): Question {
  return {
    key: CONSENT_KEY,
    title: 'Согласие на обработку персональных данных',
    kind: 'choice',
    required: true,
    help: consentText(schoolName, coordinator),
    choices: [CONSENT_YES, CONSENT_NO],
  };
}

export function menteeQuestionnaire(schoolName: string, coordinator: string): Questionnaire {
  return {
    id: 'mentee',
    title: 'Анкета наставляемого: профессиональный запрос',
    description: `Программа наставничества ${schoolName}. Ответы помогут подобрать наставника, который поможет именно с вашими затруднениями.`,
    questions: [
      ...identity('mentee'),
      { key: 'category', title: 'Категория', kind: 'choice', required: true, choices: MENTEE_CATEGORIES },
      { key: 'requests', title: 'С чем нужна помощь', kind: 'checkbox', required: true, choices: DIFFICULTIES },
      { key: 'description', title: 'Опишите затруднения своими словами', kind: 'paragraph', required: false },
      { ...forms, title: 'Предпочтительная форма наставничества' },
      times,
      consentQuestion(schoolName, coordinator),
    ],
  };
}

export function mentorQuestionnaire(schoolName: string, coordinator: string): Questionnaire {
  return {
    id: 'mentor',
    title: 'Анкета наставника',
    description: `Программа наставничества ${schoolName}. Анкета для педагогов, готовых стать наставниками.`,
    questions: [
      ...identity('mentor'),
      { key: 'qualification', title: 'Квалификационная категория', kind: 'choice', required: true, choices: QUALIFICATIONS },
      { key: 'competences', title: 'В чём можете помочь коллегам', kind: 'checkbox', required: true, choices: DIFFICULTIES },
      { key: 'capacity', title: 'Скольких наставляемых можете взять', kind: 'choice', required: true, choices: ['1', '2', '3', '4'] },
      { ...forms, title: 'Формы наставничества, к которым вы готовы' },
      times,
      { key: 'mentoringExperience', title: 'Опыт наставничества', kind: 'paragraph', required: false },
      consentQuestion(schoolName, coordinator),
    ],
  };
}

export const MEETING_TITLE = 'Встреча пары';
export const MEETING_PAIR_KEY = 'pair';
export const MEETING_PAIR_TITLE = 'Пара или группа';
/** The topic «из программы»: the programme's plan is built from the mentee's requests (the catalogue's difficulties). */
export const OTHER_TOPIC = 'другое (опишите в результате)';

/**
 * «Встреча пары»: a mentor reports one meeting. The pair is chosen from the list of active pairs (IDs with the
 * mentees' initials); the signed-in e-mail the form collects says who reports. No consent item: the mentor gave it
 * in «Анкета наставника», and the report carries no new personal data.
 */
export function meetingQuestionnaire(schoolName: string, pairChoices: readonly string[]): Questionnaire {
  return {
    id: 'meeting',
    title: MEETING_TITLE,
    description: `Программа наставничества ${schoolName}. Наставник отмечает каждую встречу с наставляемым: это журнал наставника. Заполняйте со своего рабочего аккаунта — отчёт засчитывается паре, только если его прислал её наставник.`,
    questions: [
      {
        key: MEETING_PAIR_KEY,
        title: MEETING_PAIR_TITLE,
        kind: 'list',
        required: true,
        help: 'ID пары из приказа о закреплении пар и программы пары; после двоеточия — инициалы наставляемых.',
        choices: pairChoices,
      },
      { key: 'date', title: 'Дата встречи', kind: 'text', required: true, help: 'ДД.ММ.ГГГГ, например 05.10.2022.' },
      { key: 'form', title: 'Форма работы', kind: 'choice', required: true, choices: WORK_FORMS },
      { key: 'topic', title: 'Тема из программы пары', kind: 'choice', required: true, choices: [...DIFFICULTIES, OTHER_TOPIC] },
      { key: 'result', title: 'Результат встречи', kind: 'paragraph', required: true, help: 'Что сделано, что получилось.' },
      { key: 'next', title: 'Следующий шаг', kind: 'paragraph', required: false },
    ],
  };
}
