import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRoadmap, SEED_STAGES, shiftYears } from '../../../src/domain/roadmap';

/** The seed's table rows, read independently of src/: cells split by tabs, tags dropped, spaces normalised. */
function seedRows(): string[][] {
  const text = readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'seed', '000_e10a408f7c27fd8f.txt'), 'utf8');
  const rows: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\d+\t/.test(line)) rows.push(line);
    else if (rows.length > 0 && line.trim() !== '') rows[rows.length - 1] += ` ${line}`;
  }
  const words = (cell: string) => cell.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return rows.map((row) => {
    const [num, title, content, ...planned] = row.split('\t');
    return [num, title, content, planned.join(' ')].map(words);
  });
}
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('default roadmap', () => {
  it('is the seed word for word for МБОУ СОШ № 13 and 2022–2023', () => {
    const seed = seedRows();
    expect(seed).toHaveLength(10);
    const ours = defaultRoadmap('МБОУ СОШ № 13', 2022).map((s) => [s.number, s.title, s.content, s.plannedText].map(words));
    expect(ours).toEqual(seed);
  });

  it('keeps the seed’s lines: list items and the two wordings of stage 6 apart', () => {
    expect(SEED_STAGES[5].plannedText).toBe('Август-сентябрь 2022 г.\nВ течение 2022-2023 учебного года');
    expect(SEED_STAGES[6].content.split('\n')).toHaveLength(4);
  });

  it('moves every year by four for 2026–2027 and changes nothing else', () => {
    const seed = defaultRoadmap('МБОУ СОШ № 13', 2022);
    const moved = defaultRoadmap('МБОУ СОШ № 13', 2026);
    expect(moved[0].content).toContain('на 2026-2027 учебный год');
    expect(moved[8].plannedText).toBe('Май 2027 г.');
    moved.forEach((stage, i) => {
      for (const key of ['title', 'content', 'plannedText'] as const) {
        expect(stage[key].replace(/\d{4}/g, 'YYYY')).toBe(seed[i][key].replace(/\d{4}/g, 'YYYY'));
        const years = (t: string) => (t.match(/\d{4}/g) ?? []).map(Number);
        expect(years(stage[key])).toEqual(years(seed[i][key]).map((y) => y + 4));
      }
    });
  });

  it('names the school chosen', () => {
    const stages = defaultRoadmap('МАОУ Лицей № 2', 2022);
    const all = stages.map((s) => `${s.title} ${s.content}`).join(' ');
    expect(all).not.toContain('МБОУ СОШ № 13');
    expect(stages[1].content).toBe('Проведение педагогического совета с целью информирования о реализации системы наставничества в МАОУ Лицей № 2');
  });

  it('shifts only four-digit years', () => {
    expect(shiftYears('Приказ № 384/2-о от 01.09.2022, 12345', 1)).toBe('Приказ № 384/2-о от 01.09.2023, 12345');
  });
});
