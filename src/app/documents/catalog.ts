/**
 * The documents the add-on writes, as job items («order», «pair:П-001», «consent:Н-001»), grouped as the
 * dialog offers them, with the Russian label each has in «Настройки» and in progress messages.
 */
import { surnameFirst } from '../../domain/documents/names';
import type { Sources } from './sources';

export const DOCUMENT_GROUPS = [
  { id: 'school', label: 'Нормативные документы: приказ о внедрении, Положение, Программа, дорожная карта' },
  { id: 'pairs', label: 'Приказ о закреплении пар и персонализированные программы пар' },
  // No article in the label: which applies depends on the documents' date (ст. 60.2 and 151; ст. 351.8 from 01.03.2025).
  { id: 'mentors', label: 'Согласия наставников на работу по наставничеству и доп. соглашения к трудовым договорам' },
  { id: 'report', label: 'Отчёт о ходе реализации дорожной карты' },
  { id: 'consents', label: 'Согласия на обработку персональных данных для подписи на бумаге (152-ФЗ ст. 9 и 10.1)' },
] as const;

export type DocumentGroup = (typeof DOCUMENT_GROUPS)[number]['id'];

export const SCHOOL_ITEMS = ['order', 'regulation', 'programme', 'roadmap'] as const;

export function isDocumentGroup(value: unknown): value is DocumentGroup {
  return DOCUMENT_GROUPS.some((g) => g.id === value);
}

/** Mentors with at least one active pair that has its documents. */
function mentorsInPairs(sources: Sources): string[] {
  const ids = new Set<string>();
  for (const p of sources.pairs) if (p.pair) ids.add(p.pair.mentor.id);
  return [...ids];
}

export function documentItems(sources: Sources, groups: readonly DocumentGroup[]): string[] {
  const items: string[] = [];
  if (groups.includes('school')) items.push(...SCHOOL_ITEMS);
  if (groups.includes('pairs')) {
    if (sources.pairs.some((p) => p.pair)) items.push('pairsOrder');
    // A pair without its people still becomes an item: it fails with its reason, so the coordinator sees it.
    items.push(...sources.pairs.map((p) => `pair:${p.id}`));
  }
  if (groups.includes('mentors')) for (const id of mentorsInPairs(sources)) items.push(`consent:${id}`, `agreement:${id}`);
  if (groups.includes('report')) items.push('report');
  // One document per bank, every person with consent in it; a bank with nobody in it has none.
  if (groups.includes('consents')) {
    if (sources.mentors.size > 0) items.push('pdConsents:mentor');
    if (sources.mentees.size > 0) items.push('pdConsents:mentee');
  }
  return items;
}

export function itemLabel(item: string, sources: Sources | null): string {
  const [kind, id] = item.split(':');
  const mentor = id ? sources?.mentors.get(id) : undefined;
  switch (kind) {
    case 'order':
      return 'Приказ о внедрении программы наставничества';
    case 'regulation':
      return 'Положение о программе наставничества';
    case 'programme':
      return 'Программа наставничества';
    case 'roadmap':
      return 'Дорожная карта';
    case 'pairsOrder':
      return 'Приказ о закреплении наставнических пар (групп)';
    case 'report':
      return 'Отчёт о ходе реализации дорожной карты';
    case 'pair':
      return `Программа пары ${id}`;
    case 'consent':
      return `Согласие наставника: ${mentor ? surnameFirst(mentor.fullName) : id}`;
    case 'agreement':
      return `Доп. соглашение: ${mentor ? surnameFirst(mentor.fullName) : id}`;
    case 'pdConsents':
      return `Согласия на обработку персональных данных: ${id === 'mentor' ? 'наставники' : 'наставляемые'}`;
    default:
      return item;
  }
}
