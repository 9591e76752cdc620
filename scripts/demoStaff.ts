/**
 * The demo school's staff: realistic Russian names, subjects and answers, generated from a fixed seed
 * (the same school every run). Until the forms land (issue 4) the demo types them into the banks by hand.
 */
import { CONVENIENT_TIMES, DIFFICULTIES, MENTEE_CATEGORIES, MENTORING_FORMATS } from '../src/domain/catalog';

const SURNAMES = ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев', 'Романов', 'Воробьёв', 'Сергеев', 'Кириллов', 'Белов', 'Тарасов', 'Беляев', 'Комаров', 'Киселёв', 'Ильин'];
const FEMALE_NAMES = ['Анна', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Марина', 'Юлия', 'Екатерина', 'Мария', 'Людмила', 'Галина', 'Алёна', 'Дарья', 'Ксения'];
const MALE_NAMES = ['Александр', 'Сергей', 'Андрей', 'Дмитрий', 'Алексей', 'Михаил', 'Владимир', 'Николай', 'Игорь', 'Павел'];
const PATRONYMICS: Record<string, [string, string]> = {
  Александр: ['Александрович', 'Александровна'],
  Сергей: ['Сергеевич', 'Сергеевна'],
  Владимир: ['Владимирович', 'Владимировна'],
  Николай: ['Николаевич', 'Николаевна'],
  Иван: ['Иванович', 'Ивановна'],
  Пётр: ['Петрович', 'Петровна'],
  Михаил: ['Михайлович', 'Михайловна'],
  Андрей: ['Андреевич', 'Андреевна'],
  Виктор: ['Викторович', 'Викторовна'],
  Юрий: ['Юрьевич', 'Юрьевна'],
  Геннадий: ['Геннадьевич', 'Геннадьевна'],
  Олег: ['Олегович', 'Олеговна'],
};
const FATHERS = Object.keys(PATRONYMICS);
const SUBJECTS = ['математика', 'русский язык и литература', 'английский язык', 'физика', 'химия', 'биология', 'история', 'география', 'информатика', 'начальные классы', 'физическая культура'];

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function patronymic(father: string, female: boolean): string {
  const [male, woman] = PATRONYMICS[father];
  return female ? woman : male;
}

export interface StaffMember {
  fullName: string;
  email: string;
  female: boolean;
  subject: string;
  experience: number;
}

export function generateStaff(count: number, seed = 13): StaffMember[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const used = new Set<string>();
  const staff: StaffMember[] = [];
  while (staff.length < count) {
    const female = random() < 0.8;
    const surname = pick(SURNAMES);
    const fullName = `${female ? `${surname}а` : surname} ${pick(female ? FEMALE_NAMES : MALE_NAMES)} ${patronymic(pick(FATHERS), female)}`;
    if (used.has(fullName)) continue;
    used.add(fullName);
    const login = `${translit(surname)}.${staff.length + 1}`.toLowerCase();
    staff.push({ fullName, email: `${login}@school13.example`, female, subject: pick(SUBJECTS), experience: 0 });
  }
  return staff;
}

const LATIN: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ы: 'y', э: 'e', ю: 'yu', я: 'ya', ь: '', ъ: '' };
function translit(text: string): string {
  return [...text.toLowerCase()].map((ch) => LATIN[ch] ?? ch).join('');
}

/** Bank rows as a coordinator would have them: mentors with competences, mentees with requests. */
export function demoBanks(seed = 13): { mentors: (string | number | boolean)[][]; mentees: (string | number | boolean)[][] } {
  const random = seeded(seed + 1);
  const staff = generateStaff(60, seed);
  const sample = <T>(items: readonly T[], n: number): T[] => [...items].sort(() => random() - 0.5).slice(0, n);
  const mentors = staff.slice(0, 24).map((p, i) => [
    `НС-${String(i + 1).padStart(3, '0')}`,
    p.fullName,
    p.email,
    'учитель',
    p.subject,
    8 + Math.floor(random() * 28),
    random() < 0.6 ? 'высшая' : 'первая',
    sample(DIFFICULTIES, 2 + Math.floor(random() * 4)).join('; '),
    1 + Math.floor(random() * 3),
    ['педагог – педагог', ...(random() < 0.3 ? [MENTORING_FORMATS[1]] : [])].join('; '),
    sample(CONVENIENT_TIMES, 1 + Math.floor(random() * 2)).join('; '),
    random() < 0.8,
    i !== 5,
    'в банке',
  ]);
  const mentees = staff.slice(24).map((p, i) => [
    `НЛ-${String(i + 1).padStart(3, '0')}`,
    p.fullName,
    p.email,
    'учитель',
    p.subject,
    Math.floor(random() * 4),
    pick(MENTEE_CATEGORIES, random),
    sample(DIFFICULTIES, 1 + Math.floor(random() * 3)).join('; '),
    '',
    'педагог – педагог',
    sample(CONVENIENT_TIMES, 1 + Math.floor(random() * 2)).join('; '),
    i % 11 !== 3,
    'в банке',
  ]);
  return { mentors, mentees };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

/** Bank column titles in the order of the rows above. */
export const MENTOR_TITLES = ['ID', 'ФИО', 'Эл. почта', 'Должность', 'Предмет / направление', 'Стаж, лет', 'Квалификационная категория', 'Компетенции', 'Сколько наставляемых', 'Формы наставничества', 'Удобное время', 'Обучение пройдено', 'Согласие на обработку ПДн', 'Статус'];
export const MENTEE_TITLES = ['ID', 'ФИО', 'Эл. почта', 'Должность', 'Предмет / направление', 'Стаж, лет', 'Категория', 'Профессиональные запросы', 'Описание затруднений', 'Предпочтительная форма', 'Удобное время', 'Согласие на обработку ПДн', 'Статус'];

export interface DemoAnswer {
  email: string;
  answers: Record<string, string | string[]>;
  /** Why this answer is in the demo, when it is a special case. */
  note?: string;
}

/**
 * The staff answering the two questionnaires: 24 potential mentors and 36 mentees; a few answer twice,
 * a few refuse consent, a few type something the form cannot check (experience in words).
 */
export function demoAnswers(seed = 13): { mentors: DemoAnswer[]; mentees: DemoAnswer[] } {
  const random = seeded(seed + 2);
  const staff = generateStaff(60, seed);
  const sample = <T>(items: readonly T[], n: number): T[] => [...items].sort(() => random() - 0.5).slice(0, n);
  const consent = (yes: boolean) => (yes ? 'Да, даю согласие' : 'Нет, не даю согласия');
  const common = (p: StaffMember) => ({
    'Фамилия, имя, отчество': p.fullName,
    Должность: 'учитель',
    'Предмет или направление работы': p.subject,
  });
  const mentors: DemoAnswer[] = staff.slice(0, 24).map((p, i) => ({
    email: p.email,
    answers: {
      ...common(p),
      'Педагогический стаж, полных лет': String(8 + Math.floor(random() * 28)),
      'Квалификационная категория': random() < 0.6 ? 'высшая' : 'первая',
      'В чём можете помочь коллегам': sample(DIFFICULTIES, 2 + Math.floor(random() * 4)),
      'Скольких наставляемых можете взять': String(1 + Math.floor(random() * 3)),
      'Формы наставничества, к которым вы готовы': ['педагог – педагог', ...(random() < 0.3 ? ['групповое'] : [])],
      'Удобное время для встреч': sample(CONVENIENT_TIMES, 1 + Math.floor(random() * 2)),
      'Опыт наставничества': random() < 0.5 ? 'Руководил(а) практикой студентов' : '',
      'Согласие на обработку персональных данных': consent(i !== 5),
    },
    note: i === 5 ? 'без согласия' : undefined,
  }));
  const mentees: DemoAnswer[] = staff.slice(24).map((p, i) => ({
    email: i === 7 ? p.email.toUpperCase() : p.email,
    answers: {
      ...common(p),
      'Педагогический стаж, полных лет': i === 9 ? 'два года' : String(Math.floor(random() * 4)),
      Категория: pick(MENTEE_CATEGORIES, random),
      'С чем нужна помощь': sample(DIFFICULTIES, 1 + Math.floor(random() * 3)),
      'Опишите затруднения своими словами': random() < 0.4 ? 'Не хватает опыта в работе с трудными классами' : '',
      'Предпочтительная форма наставничества': ['педагог – педагог'],
      'Удобное время для встреч': sample(CONVENIENT_TIMES, 1 + Math.floor(random() * 2)),
      'Согласие на обработку персональных данных': consent(i % 11 !== 3),
    },
    note: i === 9 ? 'стаж словами' : i % 11 === 3 ? 'без согласия' : undefined,
  }));
  // Two mentees answer again a week later, with their requests changed: their rows are updated, not doubled.
  for (const i of [0, 12]) {
    mentees.push({ ...mentees[i], answers: { ...mentees[i].answers, 'С чем нужна помощь': ['цифровые инструменты'] }, note: 'повторный ответ' });
  }
  return { mentors, mentees };
}
