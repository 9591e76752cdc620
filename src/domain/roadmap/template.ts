/**
 * The default roadmap for a school and year: the seed's ten stages with the school's short name and
 * every year moved by the distance from 2022 (2026–2027: +4). For the seed school and 2022 it is the seed.
 */
import { SEED_SCHOOL_SHORT_NAME, SEED_STAGES, SEED_START_YEAR } from './seed';
import type { RoadmapStage } from './types';

export function defaultRoadmap(schoolShortName: string, startYear: number): RoadmapStage[] {
  const adapt = (text: string): string => shiftYears(text, startYear - SEED_START_YEAR).split(SEED_SCHOOL_SHORT_NAME).join(schoolShortName);
  return SEED_STAGES.map((stage) => ({
    number: stage.number,
    title: adapt(stage.title),
    content: adapt(stage.content),
    plannedText: adapt(stage.plannedText),
  }));
}

export function roadmapTitle(schoolShortName: string): string {
  return `Дорожная карта (план мероприятий) по внедрению программы наставничества в ${schoolShortName}`;
}

/** Moves every four-digit year (19xx, 20xx) in the text by `delta`. */
export function shiftYears(text: string, delta: number): string {
  if (delta === 0) return text;
  return text.replace(/(^|[^\d])((?:19|20)\d\d)(?!\d)/g, (_m, before: string, year: string) => `${before}${Number(year) + delta}`);
}
