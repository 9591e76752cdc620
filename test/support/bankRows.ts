/** Bank rows as a coordinator types them, for the integration tests: one mentor and one mentee by default, any column overridden. */
import { MENTEE_TITLES, MENTOR_TITLES } from '../../scripts/demoStaff';

export type Cell = string | number | boolean;

export function mentorRow(id: string, name: string, over: Readonly<Record<string, Cell>> = {}): Cell[] {
  const cells: Record<string, Cell> = {
    ID: id,
    ФИО: name,
    'Эл. почта': `${id}@school.example`,
    Должность: 'учитель',
    'Предмет / направление': 'математика',
    'Стаж, лет': 20,
    'Квалификационная категория': 'высшая',
    Компетенции: 'методика преподавания; работа с родителями',
    'Сколько наставляемых': 1,
    'Формы наставничества': 'педагог – педагог',
    'Удобное время': 'после уроков',
    'Обучение пройдено': true,
    'Согласие на обработку ПДн': true,
    Статус: 'в банке',
    ...over,
  };
  return MENTOR_TITLES.map((t) => cells[t] ?? '');
}

export function menteeRow(id: string, name: string, over: Readonly<Record<string, Cell>> = {}): Cell[] {
  const cells: Record<string, Cell> = {
    ID: id,
    ФИО: name,
    'Эл. почта': `${id}@school.example`,
    Должность: 'учитель',
    'Предмет / направление': 'математика',
    'Стаж, лет': 1,
    Категория: 'молодой специалист',
    'Профессиональные запросы': 'методика преподавания',
    'Описание затруднений': '',
    'Предпочтительная форма': 'педагог – педагог',
    'Удобное время': 'после уроков',
    'Согласие на обработку ПДн': true,
    Статус: 'в банке',
    ...over,
  };
  return MENTEE_TITLES.map((t) => cells[t] ?? '');
}
