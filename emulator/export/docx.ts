/**
 * A saved Google Doc as a Word file (what Drive's «Download as .docx» gives): headings, alignment, styled
 * runs, real Word numbering for numbered and bulleted lists, bordered tables, page breaks, A4 page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  type ILevelsOptions,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, DocumentContent, Glyph, ListItemBlock, Run, TableBlock, TextBlock } from '../document/model';
import { isTextBlock } from '../document/model';

const HEADING = {
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
  TITLE: HeadingLevel.TITLE,
  SUBTITLE: HeadingLevel.HEADING_2,
} as const;

const ALIGN = { LEFT: AlignmentType.LEFT, CENTER: AlignmentType.CENTER, RIGHT: AlignmentType.RIGHT, JUSTIFY: AlignmentType.JUSTIFIED } as const;

const FORMAT: Record<Glyph, { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (level: number) => string }> = {
  NUMBER: { format: LevelFormat.DECIMAL, text: (l) => `%${l + 1}.` },
  LATIN_LOWER: { format: LevelFormat.LOWER_LETTER, text: (l) => `%${l + 1}.` },
  LATIN_UPPER: { format: LevelFormat.UPPER_LETTER, text: (l) => `%${l + 1}.` },
  ROMAN_LOWER: { format: LevelFormat.LOWER_ROMAN, text: (l) => `%${l + 1}.` },
  ROMAN_UPPER: { format: LevelFormat.UPPER_ROMAN, text: (l) => `%${l + 1}.` },
  BULLET: { format: LevelFormat.BULLET, text: () => '•' },
  HOLLOW_BULLET: { format: LevelFormat.BULLET, text: () => '○' },
  SQUARE_BULLET: { format: LevelFormat.BULLET, text: () => '■' },
};

const color = (css: string | undefined): string | undefined => css?.replace(/^#/, '');
const twips = (pt: number): number => Math.round(pt * 20);

/** One Word numbering definition per Google list id; each level's glyph is its first item's. */
function numberingOf(blocks: readonly Block[]): Map<string, Map<number, Glyph>> {
  const lists = new Map<string, Map<number, Glyph>>();
  const visit = (list: readonly Block[]) => {
    for (const b of list) {
      if (!isTextBlock(b)) {
        for (const row of b.rows) for (const cell of row.cells) visit(cell.children);
      } else if (b.kind === 'listItem') {
        const levels = lists.get(b.listId) ?? new Map<number, Glyph>();
        if (!levels.has(b.nestingLevel)) levels.set(b.nestingLevel, b.glyphType);
        lists.set(b.listId, levels);
      }
    }
  };
  visit(blocks);
  return lists;
}

function levels(glyphs: Map<number, Glyph>): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => {
    const glyph = glyphs.get(level) ?? glyphs.get(0) ?? 'BULLET';
    const f = FORMAT[glyph];
    return {
      level,
      format: f.format,
      text: f.text(level),
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    };
  });
}

function runOf(r: Run, heading: boolean): TextRun {
  return new TextRun({
    text: r.text.replace(/\r|\n/g, ' '),
    bold: r.style.bold ?? (heading ? true : undefined),
    italics: r.style.italic,
    strike: r.style.strikethrough,
    ...(r.style.underline ? { underline: {} } : {}),
    ...(r.style.fontSize ? { size: r.style.fontSize * 2 } : {}),
    ...(r.style.fontFamily ? { font: r.style.fontFamily } : {}),
    ...(r.style.foregroundColor ? { color: color(r.style.foregroundColor) } : {}),
  });
}

function paragraphOf(p: TextBlock): Paragraph {
  const heading = p.heading !== 'NORMAL';
  const children = p.children.flatMap((c) => (c.kind === 'pageBreak' ? new PageBreak() : c.runs.map((r) => runOf(r, heading))));
  return new Paragraph({
    children,
    ...(p.heading !== 'NORMAL' ? { heading: HEADING[p.heading] } : {}),
    ...(p.alignment ? { alignment: ALIGN[p.alignment] } : {}),
    ...(p.kind === 'listItem' ? { numbering: { reference: (p as ListItemBlock).listId, level: (p as ListItemBlock).nestingLevel } } : {}),
    spacing: {
      ...(p.spacingBefore !== null ? { before: twips(p.spacingBefore) } : {}),
      ...(p.spacingAfter !== null ? { after: twips(p.spacingAfter) } : {}),
      ...(p.lineSpacing !== null ? { line: Math.round(p.lineSpacing * 240) } : {}),
    },
    ...(p.indentFirstLine !== null && p.kind !== 'listItem' ? { indent: { firstLine: twips(p.indentFirstLine) } } : {}),
  });
}

function tableOf(t: TableBlock): Table {
  const border = { style: t.borderWidth > 0 ? BorderStyle.SINGLE : BorderStyle.NONE, size: Math.max(2, Math.round(t.borderWidth * 8)), color: color(t.borderColor) ?? '000000' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: t.rows.map(
      (row) =>
        new TableRow({
          children: row.cells.map((cell, c) => {
            const width = cell.width ?? t.columnWidths[c] ?? null;
            const children = blocksOf(cell.children);
            return new TableCell({
              children: children.length > 0 && children[children.length - 1] instanceof Paragraph ? children : [...children, new Paragraph({})],
              ...(cell.backgroundColor ? { shading: { fill: color(cell.backgroundColor), type: ShadingType.CLEAR, color: 'auto' } } : {}),
              ...(width !== null ? { width: { size: twips(width), type: WidthType.DXA } } : {}),
            });
          }),
        }),
    ),
  });
}

function blocksOf(blocks: readonly Block[]): (Paragraph | Table)[] {
  return blocks.map((b) => (isTextBlock(b) ? paragraphOf(b) : tableOf(b)));
}

export async function exportDocx(content: DocumentContent): Promise<Buffer> {
  const m = content.margins;
  const doc = new Document({
    numbering: { config: [...numberingOf(content.blocks)].map(([reference, glyphs]) => ({ reference, levels: levels(glyphs) })) },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: twips(m.top), bottom: twips(m.bottom), left: twips(m.left), right: twips(m.right) } } },
        children: blocksOf(content.blocks),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
