/** The seed school's settings (МБОУ СОШ № 13, order 384/2-о of 01.09.2022), as the documents' tests use them. */
import { type DocumentSettings, withDocumentDefaults } from '../../../src/domain/documents/inputs';

export const SEED_SETTINGS: DocumentSettings = withDocumentDefaults({
  schoolFullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 13»',
  schoolShortName: 'МБОУ СОШ № 13',
  directorName: 'Костерина Марина Владимировна',
  orderNumber: '384/2-о',
  orderDate: '2022-09-01',
  schoolYearStart: 2022,
  coordinatorName: 'Соколова Елена Андреевна',
});

/** The documents' text with non-breaking spaces read as spaces, for expectations typed with ordinary ones. */
export const plain = (text: string): string => text.replace(/\u00a0/g, ' ');
