/**
 * The demo's school: the seed's МБОУ СОШ № 13 and its order (№ 384/2-о от 01.09.2022). The seed gives
 * the director only as «М.В. Костерина»; the full name and the coordinator are made up for the demo.
 */
export interface DemoSchool {
  settings: Record<string, string>;
  /** The demo's "today", epoch ms (virtual clock). */
  now: number;
  /** Roadmap stages the coordinator has ticked done by then. */
  doneStages: string[];
}

export const SEED_SCHOOL: DemoSchool = {
  settings: {
    schoolFullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 13»',
    schoolShortName: 'МБОУ СОШ № 13',
    directorName: 'Костерина Марина Владимировна',
    orderNumber: '384/2-о',
    orderDate: '01.09.2022',
    schoolYear: '2022-2023',
    coordinatorName: 'Соколова Елена Андреевна',
  },
  now: Date.UTC(2022, 9, 20, 7, 0, 0),
  doneStages: ['1', '2', '3'],
};
