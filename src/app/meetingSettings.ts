/**
 * The pairs' stall thresholds in «Настройки»: days to the first meeting and the longest gap between meetings,
 * with the platforms' defaults (14 and 21). Set-up adds the rows once; a value that cannot be read falls back.
 */
import { DEFAULT_FIRST_WITHIN_DAYS, DEFAULT_GAP_DAYS, type StallThresholds } from '../domain/meetings';
import type { Row } from './ports';

export const FIRST_WITHIN_KEY = 'meetings.firstWithinDays';
export const GAP_KEY = 'meetings.gapDays';

export function meetingSettingsRows(): { key: string; label: string; value: string }[] {
  return [
    { key: FIRST_WITHIN_KEY, label: 'Встречи пар: первая встреча не позднее, дней от начала пары', value: String(DEFAULT_FIRST_WITHIN_DAYS) },
    { key: GAP_KEY, label: 'Встречи пар: перерыв между встречами не более, дней', value: String(DEFAULT_GAP_DAYS) },
  ];
}

export function stallThresholds(settingsRows: readonly Row[]): StallThresholds {
  const value = new Map(settingsRows.map((r) => [String(r.key), String(r.value).trim()]));
  const days = (key: string, fallback: number): number => {
    const n = Number(value.get(key) ?? '');
    return value.has(key) && Number.isInteger(n) && n >= 1 ? n : fallback;
  };
  return { firstWithinDays: days(FIRST_WITHIN_KEY, DEFAULT_FIRST_WITHIN_DAYS), gapDays: days(GAP_KEY, DEFAULT_GAP_DAYS) };
}
