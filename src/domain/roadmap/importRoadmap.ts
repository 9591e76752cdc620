/**
 * Reading a roadmap pasted from a school's Word or PDF file: the columns are found by their headers (any order),
 * the text is kept as typed, and extraction debris (page numbers, headers/footers, e-signature stamps, repeated
 * header rows) is flagged, never turned into a stage. A split cell is glued to the stage before it, and said so.
 */

export type ImportColumn = 'number' | 'title' | 'content' | 'planned' | 'responsible' | 'result' | 'other';

export interface ImportedStage {
  /** As typed: «1.», «1.1», «2.3.», or '' when the table has no numbers. */
  number: string;
  title: string;
  content: string;
  planned: string;
  /** Line of the paste (1-based) where the stage begins. */
  line: number;
  /** What was done to it: «к тексту присоединена строка 7 (продолжение ячейки)». */
  notes: string[];
}

export interface ImportFlag {
  line: number;
  text: string;
  reason: string;
}

export type RoadmapImport =
  | { ok: true; mode: 'tabs' | 'lines'; headers: string[]; stages: ImportedStage[]; flagged: ImportFlag[] }
  | { ok: false; message: string; flagged: ImportFlag[] };

export const IMPORT_MESSAGES = {
  empty: 'Вставьте текст дорожной карты: поле пустое.',
  noHeader:
    'Не найдена строка заголовков таблицы. Вставьте таблицу вместе с заголовками, например: «№ п/п», «Наименование мероприятия», «Сроки», «Ответственные».',
  nothing: 'В тексте не найдено ни одного этапа: после заголовков нет строк с номером или текстом мероприятия.',
} as const;

const MONTHS = 'январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр';
/** Words that say «when»: a line with one of them is a date cell, not a continuation of text. */
const DATE_LIKE = new RegExp(
  `(?<![а-яё])(?:${MONTHS})|(?<!\\d)(?:19|20)\\d{2}(?!\\d)|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|в течение|ежегодно|ежемесячно|еженедельно|постоянно|по мере необходимости|четверт|полугоди|учебн\\w* год`,
  'i',
);
/** «1.», «1.1», «2.3.» at the start of a line, then a space or the end (a date «01.09.2024» does not match). */
const NUMBER = /^(\d{1,2}(?:\.\d{1,2})*\.?)(?:\s+(.*))?$/;
const PAGE_NUMBER = /^(?:(?:стр(?:аница)?\.?|с\.)\s*)?\d{1,3}(?:\s*(?:из|\/)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$/i;
const STAMP =
  /^(?:документ подписан|подписан[оа]? электронной подписью|электронн\w* подпис|сертификат\b|владелец\b|действителен\b|серийный номер|сведения о сертификате|сведения об электронной подписи|кем подписан|дата подписания|^с\s+\d{2}\.\d{2}\.\d{4}\s+до\s+\d{2}\.\d{2}\.\d{4}$)/i;

/** A header cell's kind, by its words. */
export function headerKind(cell: string): ImportColumn | null {
  const t = normal(cell);
  if (t === '') return null;
  if (/^(?:№|n|no|номер)(?:\s|$|п)|п\/п|^№/.test(t)) return 'number';
  if (/срок|дата|период/.test(t)) return 'planned';
  if (/ответствен|исполнител/.test(t)) return 'responsible';
  if (/результат|показател/.test(t)) return 'result';
  if (/^содержание/.test(t)) return 'content';
  if (/мероприяти|наименование|этап|задач|направлени/.test(t)) return 'title';
  return null;
}

const HEADER_PHRASES = [
  '№ п/п',
  '№пп',
  'п/п',
  '№',
  'наименование мероприятий',
  'наименование мероприятия',
  'наименование этапа',
  'наименование',
  'мероприятия',
  'мероприятие',
  'содержание деятельности и примерный план мероприятий',
  'содержание деятельности и план мероприятий',
  'содержание деятельности',
  'содержание работы',
  'содержание',
  'сроки исполнения',
  'сроки проведения',
  'сроки реализации',
  'срок исполнения',
  'срок проведения',
  'срок реализации',
  'сроки',
  'срок',
  'дата проведения',
  'дата',
  'ответственный исполнитель',
  'ответственные исполнители',
  'ответственные',
  'ответственный',
  'исполнители',
  'исполнитель',
  'предполагаемый результат',
  'планируемый результат',
  'ожидаемый результат',
  'результат. вид документа',
  'результат',
  'этапа',
  'этап',
  'примерный план',
  'план',
];

/** A line made only of header words (a PDF spreads the header row over several lines). */
function headerLineKinds(line: string): Set<ImportColumn> | null {
  let rest = normal(line);
  if (rest === '') return null;
  const kinds = new Set<ImportColumn>();
  for (const phrase of HEADER_PHRASES) {
    while (rest.includes(phrase)) {
      const kind = headerKind(phrase);
      if (kind) kinds.add(kind);
      rest = rest.replace(phrase, ' ');
    }
  }
  return /^[\s.,:;()\d-]*$/.test(rest) && kinds.size > 0 ? kinds : null;
}

/** Reads the pasted text: tab-separated cells (Word) or lines (PDF). */
export function parseRoadmapPaste(pasted: string): RoadmapImport {
  const lines = pasted.replace(/\r\n?/g, '\n').split('\n');
  if (lines.every((l) => l.trim() === '')) return { ok: false, message: IMPORT_MESSAGES.empty, flagged: [] };
  const tabHeader = lines.findIndex((l) => l.includes('\t') && isTabHeader(l));
  return tabHeader >= 0 ? parseTabs(lines, tabHeader) : parseLines(lines);
}

function isTabHeader(line: string): boolean {
  const kinds = line.split('\t').map(headerKind);
  const known = kinds.filter((k) => k !== null);
  return known.length >= 2 && (kinds.includes('title') || kinds.includes('content'));
}

/** Debris on a line of its own: page number, stamp, the same line repeated (running header or footer). */
function debris(text: string, repeated: ReadonlySet<string>): string | null {
  const t = text.trim();
  if (PAGE_NUMBER.test(t)) return 'номер страницы';
  if (STAMP.test(normal(t))) return 'отметка об электронной подписи';
  if (/^(?:до|с)\s+\d{2}\.\d{2}\.\d{4}$/.test(t) || /^:?\s*[0-9a-f]{16,}$/i.test(t)) return 'отметка об электронной подписи';
  if (repeated.has(normal(t))) return 'повторяется на нескольких страницах (колонтитул)';
  return null;
}

/** Lines seen more than once that are not stages: running headers and footers of the pages. */
function repeatedLines(lines: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const l of lines) {
    const t = normal(l.replace(/\t/g, ' '));
    if (t === '' || NUMBER.test(t) || DATE_LIKE.test(t) || t.length < 6) continue;
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([t]) => t));
}

function parseTabs(lines: readonly string[], headerAt: number): RoadmapImport {
  const headers = lines[headerAt].split('\t').map((h) => h.trim());
  const columns = assignColumns(headers);
  const flagged: ImportFlag[] = [];
  const repeated = repeatedLines(lines);
  lines.forEach((l, i) => {
    if (i < headerAt && l.trim() !== '') flagged.push({ line: i + 1, text: l.trim(), reason: 'текст до таблицы (заголовок документа), не этап' });
  });
  const stages: ImportedStage[] = [];
  const numberAt = columns.indexOf('number');
  const plannedAt = columns.indexOf('planned');
  for (let i = headerAt + 1; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === '') continue;
    const cells = raw.split('\t').map((c) => c.trim());
    const whole = cells.filter((c) => c !== '').join(' ');
    if (raw.includes('\t') && isTabHeader(raw)) {
      flagged.push({ line: i + 1, text: whole, reason: 'повтор строки заголовков (новая страница)' });
      continue;
    }
    if (/^[\d\s]+$/.test(whole) && cells.filter((c) => c !== '').length > 1) {
      flagged.push({ line: i + 1, text: whole, reason: 'строка с номерами столбцов' });
      continue;
    }
    if (cells.length === 1 || cells.filter((c) => c !== '').length === 1) {
      const why = debris(whole, repeated);
      if (why) {
        flagged.push({ line: i + 1, text: whole, reason: why });
        continue;
      }
    }
    const number = numberAt >= 0 ? (cells[numberAt] ?? '') : '';
    const planned = plannedAt >= 0 ? (cells[plannedAt] ?? '') : '';
    const numbered = numberAt >= 0 ? NUMBER.test(number) && !new RegExp(`^\\d+\\s+(?:${MONTHS})`, 'i').test(number) : false;
    const full = cells.length >= headers.length - 1 && cells.length > 1;
    const startsStage = numbered || (full && planned !== '' && DATE_LIKE.test(planned)) || (numberAt < 0 && full) || stages.length === 0;
    if (!startsStage) {
      const prev = stages[stages.length - 1];
      if (cells.length > 1) {
        const glued = stageFrom(cells, headers, columns, '', i + 1);
        for (const key of ['title', 'content', 'planned'] as const) prev[key] = join(prev[key], glued[key]);
      } else prev.title = join(prev.title, whole);
      prev.notes.push(`к этапу присоединена строка ${i + 1} (продолжение ячейки): «${clip(whole)}»`);
      continue;
    }
    stages.push(stageFrom(cells, headers, columns, numbered ? number : '', i + 1));
  }
  if (stages.length === 0) return { ok: false, message: IMPORT_MESSAGES.nothing, flagged };
  return { ok: true, mode: 'tabs', headers, stages, flagged };
}

/** Each header's column; a second column of the same kind is «other» (kept in «Содержание» with its header). */
function assignColumns(headers: readonly string[]): ImportColumn[] {
  const taken = new Set<ImportColumn>();
  const kinds = headers.map((h) => {
    const k = headerKind(h) ?? 'other';
    if (k !== 'other' && taken.has(k)) return 'other';
    taken.add(k);
    return k;
  });
  // A table with «Содержание» but no event-name column: its content is the stage's title.
  if (!taken.has('title')) {
    const c = kinds.indexOf('content');
    if (c >= 0) kinds[c] = 'title';
  }
  return kinds;
}

function stageFrom(cells: readonly string[], headers: readonly string[], columns: readonly ImportColumn[], number: string, line: number): ImportedStage {
  const stage: ImportedStage = { number, title: '', content: '', planned: '', line, notes: [] };
  const extra: string[] = [];
  columns.forEach((kind, i) => {
    const value = cells[i] ?? '';
    if (value === '') return;
    if (kind === 'title' || kind === 'content' || kind === 'planned') stage[kind] = join(stage[kind], value);
    // Text in the number column that is no number (a cell shifted by the paste) is kept with the title, not lost.
    else if (kind === 'number') stage.title = value === number ? stage.title : join(value, stage.title);
    else extra.push(`${headers[i] || 'Столбец'}: ${value}`);
  });
  // Cells past the header's width: kept, not lost.
  for (let i = columns.length; i < cells.length; i++) if (cells[i] !== '') extra.push(cells[i]);
  stage.content = [stage.content, ...extra].filter((s) => s !== '').join('\n');
  return stage;
}

function parseLines(lines: readonly string[]): RoadmapImport {
  const flagged: ImportFlag[] = [];
  const repeated = repeatedLines(lines);
  // The header: a run of lines made only of header words, with a title and one more kind.
  let headerEnd = -1;
  const headerWords: string[] = [];
  let headerKinds = new Set<ImportColumn>();
  for (let i = 0; i < lines.length && headerEnd < 0; i++) {
    const kinds = headerLineKinds(lines[i]);
    if (kinds) {
      headerKinds = new Set([...headerKinds, ...kinds]);
      headerWords.push(lines[i].trim());
      const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
      const more = headerLineKinds(next);
      if (!more && headerKinds.size >= 2 && (headerKinds.has('title') || headerKinds.has('content'))) headerEnd = i;
    } else if (lines[i].trim() !== '') {
      headerKinds = new Set();
      headerWords.length = 0;
    }
  }
  if (headerEnd < 0) return { ok: false, message: IMPORT_MESSAGES.noHeader, flagged };
  lines.forEach((l, i) => {
    if (i <= headerEnd - headerWords.length && l.trim() !== '') flagged.push({ line: i + 1, text: l.trim(), reason: 'текст до таблицы (заголовок документа), не этап' });
  });
  const stages: ImportedStage[] = [];
  let awaitingTitle = false;
  for (let i = headerEnd + 1; i < lines.length; i++) {
    const t = lines[i].trim().replace(/\s+/g, ' ');
    if (t === '') continue;
    if (headerLineKinds(t)) {
      flagged.push({ line: i + 1, text: t, reason: 'повтор строки заголовков (новая страница)' });
      continue;
    }
    if (/^(?:\d+\s+){2,}\d+$/.test(t)) {
      flagged.push({ line: i + 1, text: t, reason: 'строка с номерами столбцов' });
      continue;
    }
    const why = debris(t, repeated);
    if (why) {
      flagged.push({ line: i + 1, text: t, reason: why });
      continue;
    }
    const m = NUMBER.exec(t);
    if (m && !new RegExp(`^\\d+\\s+(?:${MONTHS})`, 'i').test(t)) {
      stages.push({ number: m[1], title: m[2] ?? '', content: '', planned: '', line: i + 1, notes: [] });
      awaitingTitle = !m[2];
      continue;
    }
    const prev = stages[stages.length - 1];
    if (!prev) {
      flagged.push({ line: i + 1, text: t, reason: 'строка до первого этапа, без номера' });
      continue;
    }
    if (awaitingTitle) {
      prev.title = t;
      awaitingTitle = false;
      continue;
    }
    if (DATE_LIKE.test(t) && prev.planned === '') {
      prev.planned = t;
      continue;
    }
    if (prev.planned === '') prev.title = join(prev.title, t);
    else prev.content = join(prev.content, t);
    prev.notes.push(`к этапу присоединена строка ${i + 1} (без номера и срока): «${clip(t)}»`);
  }
  if (stages.length === 0) return { ok: false, message: IMPORT_MESSAGES.nothing, flagged };
  // A PDF may put the date on the stage's own line: it is not cut out of the text (that would be a guess), but said.
  for (const s of stages) if (s.planned === '' && DATE_LIKE.test(s.title)) s.notes.push('срок не в отдельной строке: он остался в тексте — перенесите его в «Планируемая дата»');
  return { ok: true, mode: 'lines', headers: headerWords, stages, flagged };
}

function normal(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

function join(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a}\n${b}`;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
