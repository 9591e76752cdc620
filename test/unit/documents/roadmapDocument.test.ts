import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentText } from '../../../src/domain/documents/model';
import { roadmapDocument } from '../../../src/domain/documents/roadmapDocument';
import type { ProgrammeSettings } from '../../../src/domain/programme';
import { defaultRoadmap, SEED_APPROVAL, SEED_STAGES, SEED_TITLE_LINES } from '../../../src/domain/roadmap';
import { SEED_SETTINGS } from './seedSettings';


// Initials are typeset «М. В.» with non-breaking spaces (issue 13); the seed writes «М.В.»: the same words.
const words = (text: string) =>
  text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/([А-ЯЁ])\. (?=[А-ЯЁ]\.)/g, '$1.')
    .trim();

/** The seed file read independently of src/: approval lines, title, table header and rows, Markdown escapes and tags dropped. */
function seed(): { approval: string[]; title: string; header: string[]; rows: string[][] } {
  const text = readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'seed', '000_e10a408f7c27fd8f.txt'), 'utf8').replace(/\\_/g, '_');
  const lines = text.split('\n');
  const approvalStart = lines.findIndex((l) => l.trim() === 'Утверждаю:');
  const approval = lines.slice(approvalStart, approvalStart + 3).map(words);
  const title = words(/\*\*([^*]+)\*\*/.exec(text)![1]);
  const headerLine = lines.find((l) => l.startsWith('№\t'))!;
  const rows: string[] = [];
  for (const line of lines) {
    if (/^\d+\t/.test(line)) rows.push(line);
    else if (rows.length > 0 && line.trim() !== '') rows[rows.length - 1] += ` ${line}`;
  }
  return {
    approval,
    title,
    header: headerLine.split('\t').map(words),
    rows: rows.map((row) => {
      const [num, stageTitle, content, ...planned] = row.split('\t');
      return [num, stageTitle, content, planned.join(' ')].map(words);
    }),
  };
}

describe('roadmapDocument', () => {
  const doc = roadmapDocument(SEED_SETTINGS, SEED_STAGES);

  it('reproduces the seed file word for word for МБОУ СОШ № 13 and 2022–2023', () => {
    const s = seed();
    expect(s.rows).toHaveLength(10);
    const [approval, title1, title2, body] = doc.blocks;
    expect(approval.kind).toBe('approval');
    if (approval.kind !== 'approval') throw new Error('no approval');
    expect(approval.lines.map(words)).toEqual(s.approval);
    if (title1.kind !== 'heading' || title2.kind !== 'heading') throw new Error('no title');
    expect(words(`${title1.text} ${title2.text}`)).toBe(s.title);
    if (body.kind !== 'table') throw new Error('no table');
    expect(body.header.map(words)).toEqual(s.header);
    expect(body.rows.map((r) => r.map(words))).toEqual(s.rows);
    expect(doc.blocks).toHaveLength(4);
  });

  it('matches the seed constants: approval, the title in two lines, every stage with its cell lines', () => {
    const [approval, title1, title2, body] = doc.blocks;
    expect(approval.kind === 'approval' && approval.lines.map(words)).toEqual([SEED_APPROVAL.approve, SEED_APPROVAL.director, SEED_APPROVAL.order].map(words));
    expect(title1).toMatchObject({ kind: 'heading', level: 1, text: SEED_TITLE_LINES[0] });
    expect(title2.kind === 'heading' && words(title2.text)).toBe(words(SEED_TITLE_LINES[1]));
    if (body.kind !== 'table') throw new Error('no table');
    const nbsp = (t: string) => t.replace(/\u00a0/g, ' ');
    expect(body.rows.map((r) => r.map(nbsp))).toEqual(SEED_STAGES.map((s) => [s.number, s.title, s.content, s.plannedText]));
    // Stage 7's content keeps its four paragraphs, stage 6's date its two wordings.
    expect(body.rows[6][2].split('\n')).toHaveLength(4);
    expect(body.rows[5][3].split('\n')).toEqual(['Август-сентябрь 2022 г.', 'В течение 2022-2023 учебного года']);
  });

  it('writes another school, director, order and year from the settings', () => {
    const settings: ProgrammeSettings = {
      ...SEED_SETTINGS,
      schoolShortName: 'МАОУ Лицей № 2',
      directorName: 'Громова Вера Павловна',
      orderNumber: '12-од',
      orderDate: '2026-08-28',
      schoolYearStart: 2026,
    };
    const other = roadmapDocument(settings, defaultRoadmap('МАОУ Лицей № 2', 2026));
    const text = documentText(other).replace(/\u00a0/g, ' ');
    expect(text).toContain('Директор МАОУ Лицей № 2 _____ В. П. Громова');
    expect(text).toContain('Приказ № 12-од от 28.08.2026');
    expect(text).toContain('по внедрению программы наставничества в МАОУ Лицей № 2');
    expect(text).toContain('Май 2027 г.');
    expect(text).not.toMatch(/МБОУ СОШ № 13|2022|Костерина/);
    expect(other.fileName).toBe('Дорожная карта — МАОУ Лицей № 2 — 2026-2027');
  });

  it('has no gaps or placeholders besides the signature line', () => {
    const text = documentText(doc);
    expect(text).not.toMatch(/undefined|null|NaN|TODO|\[/);
    expect(text.match(/_____/g)).toHaveLength(1);
  });

  it('refuses an empty roadmap, in Russian', () => {
    expect(() => roadmapDocument(SEED_SETTINGS, [])).toThrow('нет ни одного этапа');
  });
});
