/**
 * Mentor training (stage 7.2) from attendance: the rule in «Настройки» («все установочные сессии» or «N часов»)
 * says who has finished it. A tick the coordinator set for training done elsewhere (a course with its
 * certificate) is theirs and is never taken back; only ticks this rule set («по посещению: …») follow it.
 */

export const TRAINING_RULE_KEY = 'training.rule';
export const TRAINING_RULE_LABEL = 'Обучение наставников: правило (все установочные сессии / N часов)';
export const DEFAULT_TRAINING_RULE = 'все установочные сессии';
/** The first words of a basis this rule wrote; any other basis is the coordinator's. */
export const ATTENDANCE_BASIS = 'по посещению';

export type TrainingRule = { readonly kind: 'all' } | { readonly kind: 'hours'; readonly hours: number };

export type RuleParse = { ok: true; rule: TrainingRule } | { ok: false; message: string };

export function parseTrainingRule(text: string): RuleParse {
  const normal = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (normal === '' || /^вс[еёи]\s.*сесси/.test(normal)) return { ok: true, rule: { kind: 'all' } };
  const hours = /^(?:не менее )?(\d+(?:[.,]\d+)?) ?(?:ч|час|часа|часов|ч\.)$/.exec(normal);
  if (hours) {
    const value = Number(hours[1].replace(',', '.'));
    if (value > 0 && value <= 1000) return { ok: true, rule: { kind: 'hours', hours: value } };
  }
  return {
    ok: false,
    message: `Правило обучения в «Настройках» не распознано: «${text.trim()}». Напишите «все установочные сессии» или число часов, например «6 часов».`,
  };
}

export interface HeldSession {
  readonly id: string;
  readonly hours: number;
}

export interface MentorTraining {
  readonly attended: number;
  readonly hours: number;
  readonly done: boolean;
  /** «по посещению: 3 из 3 установочных сессий, 6 ч». */
  readonly basis: string;
}

/** What the attended sessions give one mentor under the rule; `sessions` are the held ones. */
export function trainingOf(rule: TrainingRule, sessions: readonly HeldSession[], attendedIds: ReadonlySet<string>): MentorTraining {
  const attended = sessions.filter((s) => attendedIds.has(s.id));
  const hours = attended.reduce((sum, s) => sum + s.hours, 0);
  const done = sessions.length > 0 && (rule.kind === 'all' ? attended.length === sessions.length : hours >= rule.hours);
  const basis = `${ATTENDANCE_BASIS}: ${attended.length} из ${sessions.length} установочных сессий, ${formatHours(hours)} ч`;
  return { attended: attended.length, hours, done, basis };
}

export interface TrainingMark {
  readonly trained: boolean;
  readonly basis: string;
}

/**
 * The mentor's row after the rule: a tick with a basis of the coordinator's own (or a tick with no basis) stays
 * as it is; a tick and basis the rule wrote follow it; no tick gets the rule's. Null when nothing changes.
 */
export function nextTrainingMark(current: TrainingMark, training: MentorTraining): TrainingMark | null {
  const ours = current.basis.trim().toLowerCase().startsWith(ATTENDANCE_BASIS);
  if (current.trained && !ours) return null;
  if (!current.trained && current.basis.trim() !== '' && !ours) return null;
  const next: TrainingMark = { trained: training.done, basis: training.attended > 0 || training.done ? training.basis : '' };
  return next.trained === current.trained && next.basis === current.basis ? null : next;
}

/** What the plan writes for training ticked with no basis: the plan's own rule asks for the certificate. */
export const NO_BASIS = 'основание не указано';

/**
 * The basis the training plan shows for a mentor: the sheet's, else — for a tick of the coordinator's with none —
 * the attendance when it meets the rule (a fact, shown but not written into the sheet, so the tick stays theirs),
 * else «основание не указано». The tick itself counts either way, as «Учесть обучение наставников» counts it.
 */
export function shownBasis(mark: TrainingMark, training: MentorTraining): string {
  if (mark.basis.trim() !== '') return mark.basis.trim();
  if (!mark.trained) return '';
  return training.done ? training.basis : NO_BASIS;
}

export function ruleText(rule: TrainingRule): string {
  return rule.kind === 'all' ? 'посещены все проведённые установочные сессии' : `не менее ${formatHours(rule.hours)} ч установочных сессий`;
}

const formatHours = (h: number): string => String(Math.round(h * 10) / 10).replace('.', ',');
