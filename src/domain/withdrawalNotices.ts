/**
 * What a document the add-on wrote about a withdrawn person becomes when it cannot be written without them:
 * a notice with IDs only (no name, no words of theirs), kept so that its link in the sheets still explains itself.
 */
import { type DocumentModel, h1, p } from './documents/model';
import { ruDate } from './withdrawal';

/**
 * What a programme of a pair that ended on a withdrawal becomes: no personal data at all, only the pair's ID,
 * the withdrawn IDs and what the coordinator may do. The file is kept (its link is in the pair's row) and
 * shared with nobody.
 */
export function endedProgrammeNotice(pairId: string, withdrawnIds: readonly string[], today: string, schoolShortName: string): DocumentModel {
  return {
    fileName: `Программа пары ${pairId} — расторгнута (согласие отозвано) — ${schoolShortName}`,
    blocks: [
      h1(`Персонализированная программа пары ${pairId}`),
      p(`Пара ${pairId} расторгнута ${ruDate(today)}: участник (${withdrawnIds.join(', ')}) отозвал согласие на обработку персональных данных.`),
      p('Текст программы удалён надстройкой «Наставничество»: обработка персональных данных прекращена (152-ФЗ, ст. 21). Доступ к файлу закрыт для участников пары.'),
    ],
  };
}

/** Any other document that named the person and has nothing left to say without them (a mentor's papers with no pair left). */
export function withdrawnDocumentNotice(withdrawnIds: readonly string[], today: string): DocumentModel {
  return {
    fileName: `Документ не действует — согласие отозвано (${withdrawnIds.join(', ')})`,
    blocks: [
      h1('Документ не действует'),
      p(`${ruDate(today)}: согласие на обработку персональных данных отозвано (${withdrawnIds.join(', ')}). Текст документа удалён надстройкой «Наставничество» (152-ФЗ, ст. 21).`),
    ],
  };
}
