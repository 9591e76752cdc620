/**
 * A programme of the seed's school with `count` pairs typed in by hand (banks and «Пары и группы»), for the
 * documents' tests and bench: every mentee has two requests, the first also her own words.
 */
import { type Addon, DEFAULT_BUILD_DIR, fillBank, loadAddon } from '../emulator';
import { SEED_SCHOOL } from './demoSchool';
import { MENTEE_TITLES, MENTOR_TITLES } from './demoStaff';

const PAIR_TITLES = ['ID', 'Наставник', 'Наставляемые', 'ID наставника', 'ID наставляемых', 'Форма наставничества', 'Дата начала', 'Статус'];
const REQUESTS = ['методика преподавания', 'работа с родителями', 'управление классом и дисциплина', 'цифровые инструменты'];


const SURNAMES = ['Иванова', 'Петрова', 'Сидорова', 'Кузнецова', 'Смирнова', 'Попова', 'Васильева', 'Новикова', 'Морозова', 'Волкова'];
const NAMES = ['Анна', 'Мария', 'Елена', 'Ольга', 'Ирина', 'Наталья', 'Татьяна', 'Светлана'];
const person = (i: number, patronymic: string) => `${SURNAMES[i % SURNAMES.length]} ${NAMES[Math.floor(i / SURNAMES.length) % NAMES.length]} ${patronymic}`;

/** A programme of the seed's school with `count` pairs typed in by hand (banks and pairs). */
export async function programmeWithPairs(count: number): Promise<Addon> {
  const addon = loadAddon({ buildDir: DEFAULT_BUILD_DIR, nowMs: SEED_SCHOOL.now });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
  addon.open();
  await addon.scriptRun('saveSettings', SEED_SCHOOL.settings);
  const ids = Array.from({ length: count }, (_, i) => String(i + 1).padStart(3, '0'));
  const mentors = ids.map((id, i) => {
    const row: Record<string, string | number | boolean> = {
      ID: `Н-${id}`,
      ФИО: person(i, 'Петровна'),
      'Эл. почта': `mentor${id}@school13.example`,
      Должность: 'учитель',
      'Предмет / направление': i % 2 === 0 ? 'математика' : 'русский язык',
      'Стаж, лет': 15 + (i % 10),
      'Квалификационная категория': 'высшая',
      Компетенции: REQUESTS.join('; '),
      'Сколько наставляемых': 1,
      'Формы наставничества': 'педагог – педагог',
      'Удобное время': 'после уроков',
      'Обучение пройдено': true,
      'Согласие на обработку ПДн': true,
      Статус: 'в паре',
    };
    return MENTOR_TITLES.map((t) => row[t]);
  });
  const mentees = ids.map((id, i) => {
    const row: Record<string, string | number | boolean> = {
      ID: `НЛ-${id}`,
      ФИО: person(i + 3, 'Сергеевна'),
      'Эл. почта': `mentee${id}@school13.example`,
      Должность: 'учитель',
      'Предмет / направление': i % 2 === 0 ? 'математика' : 'русский язык',
      'Стаж, лет': 1,
      Категория: 'молодой специалист',
      'Профессиональные запросы': `${REQUESTS[i % REQUESTS.length]}; ${REQUESTS[(i + 1) % REQUESTS.length]}`,
      'Описание затруднений': i === 0 ? 'Трудно удерживать внимание класса на уроке' : '',
      'Предпочтительная форма': 'педагог – педагог',
      'Удобное время': 'после уроков',
      'Согласие на обработку ПДн': true,
      Статус: 'в паре',
    };
    return MENTEE_TITLES.map((t) => row[t]);
  });
  fillBank(addon.ws, 'Наставники', MENTOR_TITLES, mentors);
  fillBank(addon.ws, 'Наставляемые', MENTEE_TITLES, mentees);
  const start = new Date(Date.UTC(2022, 9, 1));
  fillBank(
    addon.ws,
    'Пары и группы',
    PAIR_TITLES,
    ids.map((id, i) => [`П-${id}`, person(i, 'Петровна'), person(i + 3, 'Сергеевна'), `Н-${id}`, `НЛ-${id}`, 'педагог – педагог', start, 'действует']),
  );
  return addon;
}

