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
  /** What the coordinator types into «Настройки» for the documents (key → value), as a school would before making them. */
  documentSettings: Record<string, string>;
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
  // Made up for the demo (the seed gives none of them): the ИНН and ОГРН only pass their check digits, the address
  // and site are not a real school's.
  documentSettings: {
    'documents.place': 'г. Энск',
    'documents.coordinatorPosition': 'заместитель директора по УВР',
    'documents.pay': '3000',
    'documents.paySource': 'Положение об оплате труда работников МБОУ СОШ № 13',
    'documents.councilProtocol': '30.08.2022 № 1',
    'documents.tradeUnion': '29.08.2022 № 3',
    'documents.executorPhone': '8 (800) 000-00-13',
    'documents.schoolAddress': '000000, г. Энск, ул. Школьная, д. 13',
    'documents.inn': '5200000014',
    'documents.ogrn': '1025200000011',
    'documents.website': 'https://school13.example.ru',
  },
};
