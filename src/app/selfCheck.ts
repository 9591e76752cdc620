/**
 * «Проверить работу в этом аккаунте»: what the probes saw on the school's real account, judged against
 * what the add-on assumes (gas-api.md §13). Each row says what was expected, what was seen, and what it
 * means for the coordinator: ок / отличается (and why the add-on still works) / не работает (and what).
 */
import type { LockPort } from './ports';

/** What one probe saw, or the error that stopped it. */
export type Seen<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** A plain-text ('@') cell after a script's setValue (vector 51). */
export interface PlainTextSeen {
  /** setValue('=1+1'). */
  readonly formula: { readonly value: string; readonly display: string; readonly formula: string };
  /** setValue("'=1+1"). */
  readonly apostrophe: { readonly value: string; readonly display: string };
}

/** A script writes «в» into a cell whose strict list is «а», «б» (vector 44). */
export interface StrictListSeen {
  readonly refused: boolean;
  readonly message: string;
  /** What the cell holds afterwards. */
  readonly stored: string;
}

/** A new form with this spreadsheet as its destination (vectors 47, 58, header language). */
export interface FormSeen {
  readonly formId: string;
  /** Sheets that appeared in this spreadsheet after setDestination. */
  readonly newSheets: number;
  /** The new sheet's getFormUrl() ('' when there was no new sheet). */
  readonly formUrl: string;
  /** The id of the form that the sheet's form URL opens. */
  readonly openedId: Seen<string>;
  /** The response sheet's first header (the timestamp's). */
  readonly timestampHeader: string;
  readonly publishedAtStart: boolean;
  readonly publishedAfterPublish: boolean;
}

/** Whether Drive finds a file the add-on made with the Forms or Documents service (vector 59). */
export type DriveReachSeen = { readonly reached: true } | { readonly reached: false; readonly notFound: boolean; readonly error: string };

/** A Doc Drive converted from the add-on's HTML, read back with the Documents service, then rewritten in place. */
export interface ConversionSeen {
  /** The title's paragraph heading and alignment, e.g. «HEADING1 CENTER». */
  readonly heading: string;
  /** Bold kept on a run, and only there. */
  readonly bold: boolean;
  readonly font: string;
  readonly tables: number;
  /** A line with tabs became a table without borders. */
  readonly borderless: boolean;
  /** Nesting levels of the list items, e.g. «0,1,0». */
  readonly listLevels: string;
  readonly pageBreak: boolean;
  /** An update of the same file replaced its text. */
  readonly rewritten: boolean;
}

/** New Docs written by Drive requests sent together (src/workspace/driveBatch.ts), read back, and how long it took. */
export interface DriveBatchSeen {
  /** Docs made of the ones asked for, and Google's refusals of the others. */
  readonly made: number;
  readonly asked: number;
  readonly refusals: readonly string[];
  /** Every Doc made holds its Cyrillic text as sent (the upload's UTF-8 reached Drive as such). */
  readonly textKept: boolean;
  /** Drive gave a version for every Doc made (what tells a person's later edit). */
  readonly versions: boolean;
  /** Time of ten gets sent together over the time of one: near 1 when Google works on them at once. */
  readonly togetherRatio: number;
}

export interface TimeZonesSeen {
  readonly script: string;
  readonly spreadsheet: string;
}

/** Document properties of 9,216 and 9,217 bytes (vector 52). */
export interface PropertyLimitSeen {
  readonly atLimitAccepted: boolean;
  readonly overLimitAccepted: boolean;
  readonly message: string;
}

export interface AccountObservations {
  readonly plainText: Seen<PlainTextSeen>;
  readonly strictList: Seen<StrictListSeen>;
  readonly form: Seen<FormSeen>;
  readonly formDrive: Seen<DriveReachSeen>;
  readonly documentDrive: Seen<DriveReachSeen>;
  readonly conversion: Seen<ConversionSeen>;
  readonly driveBatch: Seen<DriveBatchSeen>;
  readonly timeZones: Seen<TimeZonesSeen>;
  readonly propertyLimit: Seen<PropertyLimitSeen>;
  /** Scratch objects of an earlier, interrupted check that this run removed. */
  readonly removedFromEarlierRun: readonly string[];
  /** Scratch objects that could not be removed: the person removes them by hand. */
  readonly leftovers: readonly string[];
}

/** Runs every probe on scratch objects and removes them; never touches the programme's own objects. */
export interface AccountProbesPort {
  observe(): AccountObservations;
}

export type SelfCheckVerdict = 'ok' | 'differs' | 'fails' | 'unchecked';

export const VERDICT_TEXT: Record<SelfCheckVerdict, string> = {
  ok: 'ок',
  differs: 'отличается',
  fails: 'не работает',
  unchecked: 'не проверено',
};

export type SelfCheckProbeId =
  | 'plain-text-formula'
  | 'plain-text-apostrophe'
  | 'strict-list'
  | 'form-url'
  | 'form-publish'
  | 'response-header'
  | 'drive-form'
  | 'drive-document'
  | 'document-conversion'
  | 'drive-batch'
  | 'time-zones'
  | 'property-limit';

export interface SelfCheckRow {
  readonly id: SelfCheckProbeId;
  readonly title: string;
  readonly expected: string;
  readonly observed: string;
  readonly verdict: SelfCheckVerdict;
  /** «ок» / «отличается» / «не работает» / «не проверено». */
  readonly verdictText: string;
  /** What it means for the programme, in Russian ('' when there is nothing to add). */
  readonly meaning: string;
}

export interface SelfCheckReport {
  readonly rows: readonly SelfCheckRow[];
  /** Lines about the scratch objects: removed from an earlier run, or left for the person to remove. */
  readonly cleanup: readonly string[];
  /** One line: how many probes are ок, отличается, не работает, не проверено. */
  readonly summary: string;
}

/** The whole check under the document lock, so no other run of the add-on sees the scratch sheets. */
export function runSelfCheck(ports: { probes: AccountProbesPort; lock: LockPort }): SelfCheckReport {
  return judgeSelfCheck(ports.lock.withDocumentLock(() => ports.probes.observe()));
}

const BOTH_ANSWERS = 'Надстройка работает при любом из двух ответов';
const TIMESTAMP_RU = 'Отметка времени';
const STRICT_LIST_TEXT = /violates the data validation rules/i;
const PLAIN = 'в ячейке с форматом «Обычный текст»';

type Verdict = Pick<SelfCheckRow, 'observed' | 'verdict' | 'meaning'>;

function row<T>(id: SelfCheckProbeId, title: string, expected: string, seen: Seen<T>, judge: (value: T) => Verdict): SelfCheckRow {
  const verdict: Verdict = seen.ok
    ? judge(seen.value)
    : { observed: `ошибка: ${seen.error}`, verdict: 'unchecked', meaning: 'Проверка не завершилась; повторите её через несколько минут.' };
  return { id, title, expected, ...verdict, verdictText: VERDICT_TEXT[verdict.verdict] };
}

const quoted = (text: string): string => `«${text}»`;

const CONVERSION_EXPECTED =
  'заголовок по центру, жирный шрифт, Times New Roman, таблица и строка без рамок, вложенный список, разрыв страницы; повторная запись заменяет текст';

const DRIVE_BATCH_EXPECTED = 'оба документа созданы, русский текст цел, версии есть; десять запросов вместе — не дольше двух одиночных';
/**
 * Ten gets at once within two single ones: Google works on them together. One after another they take about
 * (400 + 10 × 100) / (400 + 100) ≈ 2.8 singles at the emulator's estimates (emulator/costs.ts).
 */
const TOGETHER_RATIO_EXPECTED = 2;

export function judgeSelfCheck(seen: AccountObservations): SelfCheckReport {
  const rows: SelfCheckRow[] = [
    row('plain-text-formula', `Текст «=1+1» ${PLAIN}`, 'остаётся текстом «=1+1», не вычисляется', seen.plainText, ({ formula: f }) => {
      const observed = `значение ${quoted(f.value)}, видно ${quoted(f.display)}${f.formula ? `, формула ${quoted(f.formula)}` : ', формулы нет'}`;
      return f.formula === '' && f.value === '=1+1' && f.display === '=1+1'
        ? { observed, verdict: 'ok', meaning: '' }
        : {
            observed,
            verdict: 'fails',
            meaning: 'Ответ участника, начинающийся с «=», может стать формулой в листах программы. Сообщите разработчику.',
          };
    }),
    row('plain-text-apostrophe', `Текст «'=1+1» (с апострофом) ${PLAIN}`, 'апостроф остаётся частью значения: «\'=1+1»', seen.plainText, ({ apostrophe: a }) => {
      const observed = `значение ${quoted(a.value)}, видно ${quoted(a.display)}`;
      const meaning = `${BOTH_ANSWERS}: в текстовые столбцы она пишет без апострофа.`;
      if (a.value === "'=1+1") return { observed, verdict: 'ok', meaning };
      if (a.value === '=1+1') return { observed: `${observed} (апостроф снят)`, verdict: 'differs', meaning };
      return { observed, verdict: 'fails', meaning: 'Непредвиденный ответ таблицы: текст участников может отображаться иначе. Сообщите разработчику.' };
    }),
    row(
      'strict-list',
      'Скрипт пишет «в» в ячейку со строгим списком «а», «б»',
      'запись отклонена: «The data you entered in cell … violates the data validation rules set on this cell.»',
      seen.strictList,
      (s) => {
        const meaning = `${BOTH_ANSWERS}: она сначала обновляет список, потом пишет значение.`;
        if (!s.refused) return { observed: `записано ${quoted(s.stored)}`, verdict: 'differs', meaning };
        const observed = `отклонена: ${quoted(s.message)}`;
        return { observed, verdict: STRICT_LIST_TEXT.test(s.message) ? 'ok' : 'differs', meaning };
      },
    ),
    row('form-url', 'Ссылка листа ответов новой формы (getFormUrl)', 'ссылка с ID формы: …/forms/d/<ID формы>/…', seen.form, (f) => {
      if (f.newSheets === 0) {
        return {
          observed: 'лист ответов в этой таблице не появился',
          verdict: 'fails',
          meaning: 'Ответы анкет не попадут в таблицу: «Создать анкеты» не найдёт лист ответов.',
        };
      }
      const opened = f.openedId.ok ? (f.openedId.value === f.formId ? 'открывает эту форму' : 'открывает другую форму') : `не открывается (${f.openedId.error})`;
      const observed = `${f.formUrl}; эта ссылка ${opened}`;
      if (f.formUrl.includes(f.formId)) return { observed, verdict: 'ok', meaning: '' };
      if (f.openedId.ok && f.openedId.value === f.formId) {
        return { observed, verdict: 'differs', meaning: `${BOTH_ANSWERS}: лист ответов она узнаёт по форме, которую открывает ссылка.` };
      }
      return {
        observed,
        verdict: 'fails',
        meaning: 'По ссылке листа ответов форму не узнать: «Создать анкеты» может не найти лист ответов. Сообщите разработчику.',
      };
    }),
    row('form-publish', 'Новая форма после публикации (setPublished)', 'опубликована: участники могут отвечать по ссылке', seen.form, (f) => {
      const observed = `при создании ${f.publishedAtStart ? 'опубликована' : 'не опубликована'}; после setPublished(true) ${f.publishedAfterPublish ? 'опубликована' : 'не опубликована'}`;
      return f.publishedAfterPublish
        ? { observed, verdict: 'ok', meaning: 'Кто может отвечать, задают настройки публикации формы; надстройка их не меняет.' }
        : { observed, verdict: 'fails', meaning: 'Участники не смогут открыть анкеты по ссылке: опубликуйте формы вручную (кнопка «Опубликовать» в форме).' };
    }),
    row('response-header', 'Язык заголовков листа ответов', `первый столбец ${quoted(TIMESTAMP_RU)}`, seen.form, ({ timestampHeader: header }) => {
      const meaning = 'Надстройка читает ответы по номеру столбца, язык заголовков не важен.';
      return { observed: `первый столбец ${quoted(header)}`, verdict: header === TIMESTAMP_RU ? 'ok' : 'differs', meaning };
    }),
    driveRow(
      'drive-form',
      'Google Диск видит форму, созданную надстройкой',
      seen.formDrive,
      'Формы не будут перенесены в папку программы; ссылки на них работают.',
    ),
    driveRow(
      'drive-document',
      'Google Диск видит документ, созданный службой документов',
      seen.documentDrive,
      'Документы, созданные прежними версиями надстройки, она обновляет медленнее и не переносит в папки программы; новые документы создаются через Google Диск.',
      'differs',
    ),
    row('document-conversion', 'Документ из HTML, преобразованный Google Диском', CONVERSION_EXPECTED, seen.conversion, (c) => {
      const lost = [
        c.heading === 'HEADING1 CENTER' ? '' : `заголовок: ${c.heading}`,
        c.bold ? '' : 'жирный шрифт не сохранён',
        c.font === 'Times New Roman' ? '' : `шрифт ${quoted(c.font)}`,
        c.tables === 2 && c.borderless ? '' : `таблиц ${c.tables}${c.borderless ? '' : ', без рамок — нет'}`,
        c.listLevels === '0,1,0' ? '' : `уровни списка ${quoted(c.listLevels)}`,
        c.pageBreak ? '' : 'разрыва страницы нет',
        c.rewritten ? '' : 'повторная запись не заменила текст',
      ].filter((x) => x !== '');
      if (lost.length === 0) return { observed: 'всё сохранено', verdict: 'ok', meaning: '' };
      return {
        observed: lost.join('; '),
        verdict: c.rewritten ? 'differs' : 'fails',
        meaning: c.rewritten
          ? 'Документы создаются, но выглядят иначе, чем задумано: проверьте их перед подписью и сообщите разработчику.'
          : '«Документы…» не сможет обновлять документы на месте. Сообщите разработчику.',
      };
    }),
    row('drive-batch', 'Несколько документов одним обращением к Google Диску', DRIVE_BATCH_EXPECTED, seen.driveBatch, (b) => {
      const ratio = b.togetherRatio.toFixed(1).replace('.', ',');
      const observed =
        `создано ${b.made} из ${b.asked}${b.refusals.length > 0 ? ` (${b.refusals.join('; ')})` : ''}; ` +
        `текст ${b.textKept ? 'цел' : 'искажён'}; версии ${b.versions ? 'есть' : 'нет'}; десять запросов вместе заняли ${ratio} времени одного`;
      if (b.made < b.asked || !b.textKept) {
        return { observed, verdict: 'fails', meaning: 'Новые документы пакетом не создаются или искажаются: «Документы…» не сможет создать программы пар. Сообщите разработчику.' };
      }
      if (!b.versions) return { observed, verdict: 'differs', meaning: 'Правку документа вручную надстройка не заметит и может перезаписать её. Сообщите разработчику.' };
      return b.togetherRatio <= TOGETHER_RATIO_EXPECTED
        ? { observed, verdict: 'ok', meaning: '' }
        : { observed, verdict: 'differs', meaning: 'Google выполняет запросы по одному: документы создаются, но медленнее — «Документы…» потребует больше запусков.' };
    }),
    row('time-zones', 'Часовые пояса скрипта и таблицы', 'совпадают', seen.timeZones, (z) => {
      const observed = `скрипт: ${z.script}; таблица: ${z.spreadsheet}`;
      return z.script === z.spreadsheet
        ? { observed, verdict: 'ok', meaning: '' }
        : { observed, verdict: 'differs', meaning: `Надстройка считает «сегодня» и даты в часовом поясе таблицы (${z.spreadsheet}).` };
    }),
    row('property-limit', 'Размер одного свойства документа', 'значение 9 216 байт сохраняется, 9 217 байт — нет', seen.propertyLimit, (p) => {
      const observed = `9 216 байт: ${p.atLimitAccepted ? 'сохранено' : 'отклонено'}; 9 217 байт: ${p.overLimitAccepted ? 'сохранено' : 'отклонено'}${p.message ? ` (${quoted(p.message)})` : ''}`;
      if (!p.atLimitAccepted) {
        return { observed, verdict: 'fails', meaning: 'Предел меньше, чем рассчитывает надстройка: длинные задания могут не сохранить ход работы. Сообщите разработчику.' };
      }
      if (p.overLimitAccepted) return { observed, verdict: 'differs', meaning: 'Предел больше, чем рассчитывает надстройка; она укладывается в меньший.' };
      return { observed, verdict: 'ok', meaning: '' };
    }),
  ];
  const cleanup = [
    ...seen.removedFromEarlierRun.map((what) => `Удалено после прерванной проверки: ${what}.`),
    ...seen.leftovers.map((what) => `Не удалось удалить пробный объект — удалите его вручную: ${what}.`),
  ];
  if (seen.leftovers.length === 0) cleanup.push('Пробные объекты проверки удалены.');
  const count = (v: SelfCheckVerdict) => rows.filter((r) => r.verdict === v).length;
  const summary = (['ok', 'differs', 'fails', 'unchecked'] as const).map((v) => `${VERDICT_TEXT[v]}: ${count(v)}`).join(', ');
  return { rows, cleanup, summary };
}

function driveRow(id: SelfCheckProbeId, title: string, seen: Seen<DriveReachSeen>, failure: string, notFound: SelfCheckVerdict = 'fails'): SelfCheckRow {
  return row(id, title, 'Drive.Files.get находит файл', seen, (d) => {
    if (d.reached) return { observed: 'найден', verdict: 'ok', meaning: '' };
    if (d.notFound) return { observed: `не найден: ${quoted(d.error)}`, verdict: notFound, meaning: failure };
    return { observed: `ошибка: ${quoted(d.error)}`, verdict: 'unchecked', meaning: 'Google Диск не ответил; повторите проверку через несколько минут.' };
  });
}
