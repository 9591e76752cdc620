/**
 * The programme spreadsheet's tables: one schema per sheet, with stable column keys. Titles are what
 * the coordinator sees and may rename; the key is what the add-on finds a column by.
 */
import { MEETING_STATUSES } from './meetings';

export type ColumnType = 'text' | 'number' | 'date' | 'boolean' | 'link';

export interface ColumnSchema {
  readonly key: string;
  readonly title: string;
  readonly type: ColumnType;
  /** A dropdown of these values. */
  readonly list?: readonly string[];
  /** Pixels; the sheet's default otherwise. */
  readonly width?: number;
  /** Shown as a note on the header cell. */
  readonly help?: string;
}

export interface TableSchema {
  /** Stable id, stored as developer metadata on the sheet. */
  readonly id: string;
  /** The sheet's name when the add-on creates it. */
  readonly sheetName: string;
  readonly columns: readonly ColumnSchema[];
  readonly tabColor?: string;
}

export const PERSON_STATUSES = ['новый', 'в банке', 'в паре', 'поддержка, поиск наставника', 'завершил', 'отозвал согласие'] as const;
export const PAIR_STATUSES = ['действует', 'завершена', 'расторгнута'] as const;
export const EVENT_STATUSES = ['запланировано', 'проведено', 'отменено'] as const;

const col = (key: string, title: string, type: ColumnType = 'text', extra: Partial<ColumnSchema> = {}): ColumnSchema => ({
  key,
  title,
  type,
  ...extra,
});

export const SETTINGS_TABLE: TableSchema = {
  id: 'settings',
  sheetName: 'Настройки',
  tabColor: '#607d8b',
  columns: [col('key', 'Ключ', 'text', { width: 160 }), col('label', 'Параметр', 'text', { width: 280 }), col('value', 'Значение', 'text', { width: 420 })],
};

export const ROADMAP_TABLE: TableSchema = {
  id: 'roadmap',
  sheetName: 'Дорожная карта',
  tabColor: '#3f51b5',
  columns: [
    col('number', '№', 'text', { width: 40 }),
    col('title', 'Наименование этапа', 'text', { width: 220 }),
    col('content', 'Содержание деятельности и примерный план мероприятий', 'text', { width: 420 }),
    col('planned', 'Планируемая дата', 'text', { width: 200 }),
    col('start', 'Начало', 'date', { width: 90, help: 'Вычисляется из «Планируемой даты».' }),
    col('end', 'Окончание', 'date', { width: 90, help: 'Вычисляется из «Планируемой даты».' }),
    col('done', 'Выполнено', 'boolean', { width: 90, help: 'Отметка куратора.' }),
    col('state', 'Состояние', 'text', { width: 110, help: 'Обновляется командой «Обновить дорожную карту»: по тому, что сделано, затем по срокам.' }),
    col('evidence', 'Подтверждение', 'text', {
      width: 320,
      help: 'Что сделано по этапу: документы, мероприятия с протоколами, банки, пары, публикации (со ссылками). Обновляется командой «Обновить дорожную карту».',
    }),
    col('check', 'Проверка', 'text', { width: 260, help: 'Что в строке не удалось прочитать или что читается двояко.' }),
    col('document', 'Документы', 'link', { width: 200 }),
  ],
};

export const MENTORS_TABLE: TableSchema = {
  id: 'mentors',
  sheetName: 'Наставники',
  tabColor: '#2e7d32',
  columns: [
    col('id', 'ID', 'text', { width: 70 }),
    col('fullName', 'ФИО', 'text', { width: 220 }),
    col('email', 'Эл. почта', 'text', { width: 200 }),
    col('position', 'Должность', 'text', { width: 150 }),
    col('subject', 'Предмет / направление', 'text', { width: 160 }),
    col('experience', 'Стаж, лет', 'number', { width: 70 }),
    col('qualification', 'Квалификационная категория', 'text', { width: 160 }),
    col('competences', 'Компетенции', 'text', { width: 300 }),
    col('capacity', 'Сколько наставляемых', 'number', { width: 90 }),
    col('forms', 'Формы наставничества', 'text', { width: 200 }),
    col('times', 'Удобное время', 'text', { width: 150 }),
    col('mentoringExperience', 'Опыт наставничества', 'text', { width: 220 }),
    col('trained', 'Обучение пройдено', 'boolean', { width: 90 }),
    col('trainingBasis', 'Обучение: основание', 'text', { width: 220, help: 'Курс и удостоверение, или «по посещению: …» (заполняет «Учесть обучение наставников»).' }),
    col('consent', 'Согласие на обработку ПДн', 'boolean', { width: 90 }),
    col('status', 'Статус', 'text', { width: 150, list: PERSON_STATUSES }),
    col('problems', 'Проблемы', 'text', { width: 220 }),
    col('responseRow', 'Строка анкеты', 'number', { width: 80, help: 'Строка листа ответов, из которой взяты данные.' }),
    col('withdraw', 'Отзыв согласия', 'boolean', { width: 90, help: 'Отметьте и выберите «Применить отзывы согласий»: данные будут удалены.' }),
  ],
};

export const MENTEES_TABLE: TableSchema = {
  id: 'mentees',
  sheetName: 'Наставляемые',
  tabColor: '#f9a825',
  columns: [
    col('id', 'ID', 'text', { width: 70 }),
    col('fullName', 'ФИО', 'text', { width: 220 }),
    col('email', 'Эл. почта', 'text', { width: 200 }),
    col('position', 'Должность', 'text', { width: 150 }),
    col('subject', 'Предмет / направление', 'text', { width: 160 }),
    col('experience', 'Стаж, лет', 'number', { width: 70 }),
    col('category', 'Категория', 'text', { width: 180 }),
    col('requests', 'Профессиональные запросы', 'text', { width: 300 }),
    col('description', 'Описание затруднений', 'text', { width: 260 }),
    col('forms', 'Предпочтительная форма', 'text', { width: 200 }),
    col('times', 'Удобное время', 'text', { width: 150 }),
    col('consent', 'Согласие на обработку ПДн', 'boolean', { width: 90 }),
    col('status', 'Статус', 'text', { width: 150, list: PERSON_STATUSES }),
    col('problems', 'Проблемы', 'text', { width: 220 }),
    col('responseRow', 'Строка анкеты', 'number', { width: 80, help: 'Строка листа ответов, из которой взяты данные.' }),
    col('withdraw', 'Отзыв согласия', 'boolean', { width: 90, help: 'Отметьте и выберите «Применить отзывы согласий»: данные будут удалены.' }),
  ],
};

export const PAIRS_TABLE: TableSchema = {
  id: 'pairs',
  sheetName: 'Пары и группы',
  tabColor: '#8e24aa',
  columns: [
    col('id', 'ID', 'text', { width: 70 }),
    col('mentor', 'Наставник', 'text', { width: 200 }),
    col('mentees', 'Наставляемые', 'text', { width: 260 }),
    col('mentorId', 'ID наставника', 'text', { width: 90 }),
    col('menteeIds', 'ID наставляемых', 'text', { width: 120 }),
    col('form', 'Форма наставничества', 'text', { width: 170 }),
    col('start', 'Дата начала', 'date', { width: 100 }),
    col('status', 'Статус', 'text', { width: 110, list: PAIR_STATUSES }),
    col('score', 'Балл', 'number', { width: 60 }),
    col('reasons', 'Обоснование', 'text', { width: 320 }),
    col('programme', 'Программа (документ)', 'link', { width: 200 }),
    col('problems', 'Проблемы', 'text', { width: 260 }),
    // Computed from «Встречи» on each meeting and on «Обновить банки» (src/app/meetings.ts).
    col('firstMeeting', 'Первая встреча', 'text', { width: 100, help: 'Из листа «Встречи».' }),
    col('lastMeeting', 'Последняя встреча', 'text', { width: 100, help: 'Из листа «Встречи».' }),
    col('meetings', 'Встреч', 'number', { width: 70, help: 'Учтённых встреч в листе «Встречи».' }),
    col('progress', 'Выполнение плана', 'text', { width: 170, help: 'Месяцев плана со встречами из месяцев плана (с начала пары до конца мая); в скобках — сколько месяцев прошло.' }),
    col('attention', 'Внимание', 'text', { width: 300, help: 'Нет первой встречи или долгий перерыв (пороги — в «Настройках»), и кому напомнить.' }),
  ],
};

/** «Встречи»: the pairs' meeting log, from the form «Встреча пары» or typed by the coordinator. */
export const MEETINGS_TABLE: TableSchema = {
  id: 'meetings',
  sheetName: 'Встречи',
  tabColor: '#6d4c41',
  columns: [
    col('pairId', 'ID пары', 'text', { width: 80 }),
    // Text, not a date cell: read as typed, with no per-cell conversion (calls stay flat as the log grows).
    col('date', 'Дата встречи', 'text', { width: 100, help: 'ДД.ММ.ГГГГ.' }),
    col('form', 'Форма работы', 'text', { width: 170 }),
    col('topic', 'Тема из программы', 'text', { width: 220 }),
    col('result', 'Результат', 'text', { width: 280 }),
    col('next', 'Следующий шаг', 'text', { width: 220 }),
    col('status', 'Учёт', 'text', { width: 100, list: MEETING_STATUSES, help: '«задержана» — отчёт не засчитан паре (см. примечание); поставьте «учтена», если встреча была.' }),
    col('note', 'Примечание', 'text', { width: 280 }),
    col('sender', 'Отправитель', 'text', { width: 200, help: 'Адрес, с которого прислан задержанный отчёт.' }),
    col('responseRow', 'Строка анкеты', 'number', { width: 80, help: 'Строка листа ответов анкеты «Встреча пары»; пусто — внесено вручную.' }),
  ],
};

/** Kinds of events the roadmap names (stages 2–4, 7.2, 9); «другое» for the coordinator's own. */
export const EVENT_KINDS = [
  'педагогический совет',
  'родительское собрание',
  'ученический совет',
  'установочная сессия наставников',
  'конференция или семинар',
  'круглый стол',
  'другое',
] as const;

export const EVENTS_TABLE: TableSchema = {
  id: 'events',
  sheetName: 'Мероприятия',
  tabColor: '#00838f',
  columns: [
    col('id', 'ID', 'text', { width: 70, help: 'Номер мероприятия; по нему «Протокол…» и «Посещаемость» находят строку.' }),
    col('date', 'Дата', 'date', { width: 100 }),
    col('stage', 'Этап', 'text', { width: 50, help: 'Номер этапа в «Дорожной карте» (например, 2 или 7).' }),
    col('kind', 'Вид', 'text', { width: 170, list: EVENT_KINDS }),
    col('title', 'Мероприятие', 'text', { width: 260 }),
    col('audience', 'Участники', 'text', { width: 180 }),
    col('place', 'Место', 'text', { width: 140 }),
    col('form', 'Форма проведения', 'text', { width: 140 }),
    col('hours', 'Часов', 'number', { width: 60 }),
    col('attendance', 'Присутствовало', 'number', { width: 100, help: 'Число; для сотрудников можно отметить их в листе «Посещаемость».' }),
    col('absent', 'Отсутствовало', 'number', { width: 100 }),
    col('status', 'Статус', 'text', { width: 120, list: EVENT_STATUSES }),
    col('chair', 'Председатель', 'text', { width: 180 }),
    col('secretary', 'Секретарь', 'text', { width: 180 }),
    col('number', '№ протокола', 'text', { width: 80 }),
    col('agenda', 'Повестка (ваш текст)', 'text', { width: 260, help: 'Каждый вопрос с новой строки. Пусто — повестка по программе.' }),
    col('heard', 'Слушали (ваш текст)', 'text', { width: 260, help: 'По строке на вопрос повестки. Пусто — сведения программы.' }),
    col('speakers', 'Выступили (ваш текст)', 'text', { width: 220, help: 'По строке на вопрос повестки.' }),
    col('decisions', 'Решили (ваш текст)', 'text', { width: 260, help: 'По строке на вопрос повестки.' }),
    col('votes', 'Голосовали', 'text', { width: 180, help: 'Например: за 35, против 0, воздержались 2.' }),
    col('minutes', 'Протокол', 'link', { width: 200 }),
    col('news', 'Новость (черновик)', 'link', { width: 200 }),
    col('publication', 'Публикация на сайте', 'text', { width: 220, help: 'Ссылка на новость на сайте школы.' }),
    col('published', 'Дата публикации', 'date', { width: 100 }),
    col('plan', 'Из плана', 'text', { width: 90, help: 'Мероприятие предложено по дорожной карте; не меняйте.' }),
  ],
};

/** «Посещаемость»: who was present at which event (staff by name); ticks are the coordinator's. */
export const ATTENDANCE_TABLE: TableSchema = {
  id: 'attendance',
  sheetName: 'Посещаемость',
  tabColor: '#00695c',
  columns: [
    col('eventId', 'ID мероприятия', 'text', { width: 90 }),
    col('event', 'Мероприятие', 'text', { width: 260 }),
    col('date', 'Дата', 'date', { width: 100 }),
    col('personId', 'ID', 'text', { width: 70 }),
    col('person', 'ФИО', 'text', { width: 220 }),
    col('role', 'Роль', 'text', { width: 120 }),
    col('present', 'Присутствовал(а)', 'boolean', { width: 110 }),
  ],
};

export const JOURNAL_TABLE: TableSchema = {
  id: 'journal',
  sheetName: 'Журнал',
  tabColor: '#9e9e9e',
  columns: [
    col('when', 'Когда', 'text', { width: 150 }),
    col('who', 'Кто', 'text', { width: 200 }),
    col('action', 'Действие', 'text', { width: 220 }),
    col('details', 'Подробности', 'text', { width: 420 }),
  ],
};

/** «Подбор»: suggestions for the coordinator to review; made by «Подобрать пары», not by set-up. */
export const MATCHING_TABLE: TableSchema = {
  id: 'matching',
  sheetName: 'Подбор',
  tabColor: '#d81b60',
  columns: [
    col('menteeId', 'ID наставляемого', 'text', { width: 90 }),
    col('mentee', 'Наставляемый', 'text', { width: 200 }),
    col('requests', 'Запросы', 'text', { width: 240 }),
    col('mentor', 'Наставник', 'text', { width: 230, help: 'Можно выбрать другого наставника из списка банка.' }),
    col('score', 'Балл', 'number', { width: 60 }),
    col('reasons', 'Почему', 'text', { width: 360 }),
    col('alternative1', 'Вариант 2', 'text', { width: 260 }),
    col('alternative2', 'Вариант 3', 'text', { width: 260 }),
    col('group', 'Группа', 'text', { width: 90, help: 'ID наставника, который ведёт группу.' }),
    col('unmatched', 'Без пары: причина', 'text', { width: 260 }),
    col('approve', 'Утвердить', 'boolean', { width: 80, help: 'Отметьте, затем «Закрепить утверждённые».' }),
    col('ban', 'Запретить пару', 'boolean', { width: 80, help: 'Эта пара больше не будет предложена.' }),
    col('changed', 'Изменилось', 'text', { width: 300, help: 'Что было предложено в прошлый раз и почему теперь иначе (например, после изменения весов в «Настройках»).' }),
    col('summary', 'Итог подбора', 'text', { width: 380, help: 'В первой строке: наибольшее возможное число пар при этих правилах и почему больше невозможно.' }),
  ],
};

/**
 * «Публикации» (stage 10): one place for what goes on the school site — each held event's news draft and each
 * school document's PDF — with the date published and the link on the site, typed by the coordinator and kept.
 * Its own sheet: a PDF is no event (so not a row of «Мероприятия»), and «Настройки» holds settings, not a log.
 */
export const PUBLICATIONS_TABLE: TableSchema = {
  id: 'publications',
  sheetName: 'Публикации',
  tabColor: '#5e35b1',
  columns: [
    col('ref', 'Источник', 'text', { width: 150, help: 'ID мероприятия или ключ PDF в «Настройках»; по нему строка находит свой материал. Не меняйте.' }),
    col('kind', 'Что', 'text', { width: 120 }),
    col('title', 'Материал', 'text', { width: 300 }),
    col('material', 'Черновик или файл', 'link', { width: 200 }),
    // Text, as typed: the coordinator's own cells, never rewritten by the add-on.
    col('published', 'Дата публикации', 'text', { width: 110, help: 'ДД.ММ.ГГГГ — когда материал появился на сайте.' }),
    col('url', 'Ссылка на сайте школы', 'link', { width: 260, help: 'Адрес страницы на сайте школы.' }),
  ],
};

/** In the order the sheets appear. */
export const ALL_TABLES: readonly TableSchema[] = [
  SETTINGS_TABLE,
  ROADMAP_TABLE,
  MENTORS_TABLE,
  MENTEES_TABLE,
  PAIRS_TABLE,
  MEETINGS_TABLE,
  EVENTS_TABLE,
  ATTENDANCE_TABLE,
  PUBLICATIONS_TABLE,
  JOURNAL_TABLE,
];
