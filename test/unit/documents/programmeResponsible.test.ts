/**
 * The Программа's stage table names who answers for each stage by what the stage is about, not by its number: a
 * school whose roadmap orders or words its stages differently gets the same people for the same work.
 */
import { documentText } from '../../../src/domain/documents/model';
import { programmeDocument } from '../../../src/domain/documents/programmeDocument';
import { SEED_STAGES } from '../../../src/domain/roadmap';
import type { RoadmapStage } from '../../../src/domain/roadmap/types';
import { tableOf } from './programmesFixture';
import { SEED_SETTINGS } from './seedSettings';

const responsibleOf = (stages: readonly RoadmapStage[]): Map<string, string> => {
  const t = tableOf(programmeDocument(SEED_SETTINGS, stages), '№');
  const at = t.header.length - 1;
  return new Map(t.rows.map((r) => [r[1], r[at]]));
};

describe('Программа: who answers for each stage', () => {
  it('follows the stage’s subject when the stages come in another order and with other numbers', () => {
    const seed = responsibleOf(SEED_STAGES);
    const reordered = [...SEED_STAGES].reverse().map((s, i) => ({ ...s, number: String(i + 1) }));
    expect(responsibleOf(reordered)).toEqual(seed);
    const website = SEED_STAGES.find((s) => /сайт|информационн/i.test(`${s.title} ${s.content}`))!;
    expect(seed.get(website.title)).toContain('ответственный за официальный сайт');
  });

  it('names the curator once per stage, never beside her own position', () => {
    for (const who of responsibleOf(SEED_STAGES).values()) {
      expect(who.split(', ').filter((w) => w === 'куратор')).toHaveLength(1);
      expect(who).not.toContain('заместитель директора по УВР');
    }
    expect(documentText(programmeDocument(SEED_SETTINGS, SEED_STAGES))).toContain('Ответственные');
  });
});
