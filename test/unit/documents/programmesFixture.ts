/** People and pairs for the personalised programmes' tests. */
import type { DocMentee, DocMentor, DocPair } from '../../../src/domain/documents/inputs';
import { type Block, type DocumentModel, documentText } from '../../../src/domain/documents/model';
import type { PlanMonth } from '../../../src/domain/documents/plans/types';

export function mentor(id: string, fullName: string, over: Partial<DocMentor> = {}): DocMentor {
  return { id, fullName, email: '', position: 'учитель', subject: 'математика', experience: 15, qualification: 'высшая', competences: [], ...over };
}

export function mentee(id: string, fullName: string, requests: string[], over: Partial<DocMentee> = {}): DocMentee {
  return { id, fullName, email: '', position: 'учитель', subject: 'математика', experience: 1, category: 'молодой специалист', requests, description: '', ...over };
}

export const IVANOVA = mentor('Н-001', 'Иванова Анна Петровна');

export function pair(id: string, mentees: DocMentee[], over: Partial<DocPair> = {}): DocPair {
  return { id, mentor: IVANOVA, mentees, form: 'педагог – педагог', start: '2022-10-01', end: '2023-05-31', ...over };
}

export const tableOf = (doc: DocumentModel, firstHeader: string): Extract<Block, { kind: 'table' }> => {
  const found = doc.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.header[0] === firstHeader);
  if (!found) throw new Error(`no table «${firstHeader}»`);
  return found;
};

/** Nothing a director should not sign: no code words, no brackets, no blanks but «_____». */
export function expectClean(doc: DocumentModel): void {
  const text = documentText(doc);
  expect(text).not.toMatch(/undefined|null|NaN|TODO|\[|\]|\{|\}/);
  expect(text).not.toMatch(/\.\./);
  expect(text.replace(/_{5}/g, '')).not.toContain('_');
}

export const texts = (plan: readonly PlanMonth[]): string[] => plan.flatMap((m) => m.rows.map((r) => r.text));
