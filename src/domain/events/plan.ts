/**
 * The events the roadmap names, proposed once at set-up: each tied to its stage by the stage's number in
 * «Дорожная карта» (found by the words of its content, not by position) and dated on a working day inside the
 * stage's first planned period. What cannot be placed is said, never guessed.
 */
import type { IsoDate } from '../dates';
import { parsePlannedPeriods } from '../roadmap';
import { type EventKind, KINDS } from './kinds';

export interface RoadmapRowFacts {
  readonly number: string;
  readonly content: string;
  readonly plannedText: string;
}

export interface ProposedEvent {
  /** Stable key of the proposal («7:сессия-2»): set-up proposes each key once. */
  readonly plan: string;
  readonly stage: string;
  readonly kind: EventKind;
  readonly title: string;
  readonly audience: string;
  readonly form: string;
  readonly hours: number | '';
  readonly date: IsoDate;
}

interface Template {
  readonly key: string;
  readonly kind: EventKind;
  readonly title: string;
  readonly audience: string;
  readonly form: string;
  readonly hours: number | '';
  /** Where in the period: days after its start (≥ 0) or before its end (< 0). */
  readonly at: number;
}

const TEMPLATES: readonly Template[] = [
  { key: 'педсовет', kind: 'педагогический совет', title: 'Педагогический совет: о внедрении программы наставничества', audience: 'педагогические работники', form: 'заседание', hours: '', at: -1 },
  { key: 'родители', kind: 'родительское собрание', title: 'Родительские собрания: информирование о программе наставничества', audience: 'родители (законные представители) обучающихся', form: 'собрание', hours: '', at: 14 },
  { key: 'учсовет', kind: 'ученический совет', title: 'Заседание Ученического совета: о программе наставничества', audience: 'члены Ученического совета', form: 'заседание', hours: '', at: 20 },
  { key: 'сессия-1', kind: 'установочная сессия наставников', title: 'Установочная сессия 1: роль наставника, персонализированная программа наставничества', audience: 'наставники', form: 'лекция, практикум', hours: 2, at: 20 },
  { key: 'сессия-2', kind: 'установочная сессия наставников', title: 'Установочная сессия 2: планирование работы пары, формы и методы наставничества', audience: 'наставники', form: 'практикум', hours: 2, at: 35 },
  { key: 'сессия-3', kind: 'установочная сессия наставников', title: 'Установочная сессия 3: обмен опытом, документация наставника', audience: 'наставники', form: 'обмен опытом, консультация', hours: 2, at: -7 },
  { key: 'конференция', kind: 'конференция или семинар', title: 'Школьная конференция (семинар) по итогам программы наставничества', audience: 'педагогические работники, наставники и наставляемые', form: 'конференция', hours: '', at: 14 },
  { key: 'круглый-стол', kind: 'круглый стол', title: 'Итоговый круглый стол: лучшие практики наставничества', audience: 'наставники и наставляемые, администрация', form: 'круглый стол', hours: '', at: -5 },
];

export interface EventPlan {
  readonly events: readonly ProposedEvent[];
  /** Why an event the roadmap names was not proposed, in Russian. */
  readonly notes: readonly string[];
}

/** The roadmap's events, except those whose key is in `already` (proposed before). */
export function proposeEvents(roadmap: readonly RoadmapRowFacts[], already: ReadonlySet<string> = new Set()): EventPlan {
  const events: ProposedEvent[] = [];
  const notes: string[] = [];
  for (const t of TEMPLATES) {
    const words = KINDS[t.kind].roadmapWords;
    const stage = words ? roadmap.find((s) => words.test(s.content)) : undefined;
    if (!stage) {
      if (t.key.endsWith('-2') || t.key.endsWith('-3')) continue;
      notes.push(`«${t.title}»: в «Дорожной карте» нет этапа, где оно названо, — добавьте мероприятие сами.`);
      continue;
    }
    const plan = `${stage.number.trim()}:${t.key}`;
    if (already.has(plan)) continue;
    const period = parsePlannedPeriods(stage.plannedText).ranges[0];
    if (!period) {
      notes.push(`«${t.title}»: срок этапа ${stage.number} не прочитан — укажите дату сами.`);
      continue;
    }
    const wanted = t.at >= 0 ? addDays(period.start, t.at) : addDays(period.end, t.at);
    const date = workingDayWithin(wanted, period.start, period.end);
    events.push({ plan, stage: stage.number.trim(), kind: t.kind, title: t.title, audience: t.audience, form: t.form, hours: t.hours, date });
  }
  return { events, notes };
}

/** «М-001», «М-002», … after the largest number already used. */
export function nextEventIds(existing: readonly string[], count: number): string[] {
  let max = 0;
  for (const id of existing) {
    const m = /^М-(\d+)$/i.exec(id.trim());
    if (m) max = Math.max(max, Number(m[1]));
  }
  return Array.from({ length: count }, (_, i) => `М-${String(max + i + 1).padStart(3, '0')}`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const weekday = (date: IsoDate): number => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

/** The date clamped into [start, end], moved off Saturday and Sunday (back first) while it stays inside. */
export function workingDayWithin(date: IsoDate, start: IsoDate, end: IsoDate): IsoDate {
  const day = date < start ? start : date > end ? end : date;
  const weekend = (d: IsoDate) => weekday(d) === 0 || weekday(d) === 6;
  if (!weekend(day)) return day;
  for (const step of [-1, -2, 1, 2]) {
    const moved = addDays(day, step);
    if (moved >= start && moved <= end && !weekend(moved)) return moved;
  }
  return day;
}
