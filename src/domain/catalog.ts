/**
 * The programme's dictionaries in one place: forms, banks and matching share them, so a mentee's
 * request and a mentor's competence are the same words.
 */

/** Professional difficulties (mentees' requests) = competences (mentors'). */
export const DIFFICULTIES = [
  'методика преподавания',
  'управление классом и дисциплина',
  'работа с родителями',
  'ФГОС и рабочие программы',
  'цифровые инструменты',
  'подготовка к аттестации',
  'воспитательная работа',
  'обучающиеся с ОВЗ',
  'проектная и исследовательская деятельность',
  'подготовка обучающихся к ГИА и олимпиадам',
  'адаптация в коллективе',
] as const;

export const MENTEE_CATEGORIES = [
  'молодой специалист',
  'новый сотрудник',
  'педагог с профессиональными затруднениями',
  'педагог, осваивающий новую роль или предмет',
] as const;

/** From lowest to highest: the order is the criterion «квалификационная категория». */
export const QUALIFICATIONS = [
  'без категории',
  'соответствие занимаемой должности',
  'первая',
  'высшая',
  'педагог-методист',
  'педагог-наставник',
] as const;

/** Who mentors whom (Р-145 and the 2021 recommendations for teachers). */
export const MENTORING_FORMS = ['педагог – педагог', 'руководитель – педагог', 'педагог – студент'] as const;

/** How: individual or in a group, in person or remote. */
export const MENTORING_FORMATS = ['индивидуальное', 'групповое', 'очное', 'дистанционное'] as const;
export const GROUP_FORMAT = 'групповое';

export const CONVENIENT_TIMES = ['до уроков', 'после уроков', 'в методический день', 'в каникулы'] as const;

/** Splits a bank cell («a; b», or one item a line) into items, trimmed. */
export function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Case, ё and spacing do not matter when comparing words a person typed. */
export function sameWords(a: string, b: string): boolean {
  return normaliseWords(a) === normaliseWords(b);
}

export function normaliseWords(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[–—-]/g, '-').replace(/\s+/g, ' ').trim();
}
