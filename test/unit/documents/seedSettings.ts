/** The seed school's settings (МБОУ СОШ № 13, order 384/2-о of 01.09.2022), as the documents' tests use them. */
import type { ProgrammeSettings } from '../../../src/domain/programme';

export const SEED_SETTINGS: ProgrammeSettings = {
  schoolFullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 13»',
  schoolShortName: 'МБОУ СОШ № 13',
  directorName: 'Костерина Марина Владимировна',
  orderNumber: '384/2-о',
  orderDate: '2022-09-01',
  schoolYearStart: 2022,
  coordinatorName: 'Соколова Елена Андреевна',
};
