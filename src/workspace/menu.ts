/**
 * The add-on menu «Расширения → Наставничество». Built in onOpen, in any auth mode: it only adds
 * items, never reads the document (AuthMode.NONE forbids it).
 */
export const MENU_ITEMS: readonly ({ caption: string; functionName: string } | 'separator')[] = [
  { caption: 'Обзор программы', functionName: 'showOverview' },
  { caption: 'Настроить программу…', functionName: 'showSettingsDialog' },
  'separator',
  { caption: 'Обновить дорожную карту', functionName: 'refreshRoadmap' },
  { caption: 'Импортировать дорожную карту…', functionName: 'showImportRoadmapDialog' },
  'separator',
  { caption: 'Создать анкеты', functionName: 'createForms' },
  { caption: 'Обновить банки', functionName: 'syncBanks' },
  { caption: 'Применить отзывы согласий', functionName: 'applyConsentWithdrawals' },
  'separator',
  { caption: 'Подобрать пары', functionName: 'suggestPairs' },
  { caption: 'Закрепить утверждённые', functionName: 'confirmPairs' },
  { caption: 'Завершить пару…', functionName: 'endPairDialog' },
  'separator',
  { caption: 'Мероприятия: отметить присутствующих…', functionName: 'eventAttendanceDialog' },
  { caption: 'Мероприятия: протокол…', functionName: 'eventProtocolDialog' },
  { caption: 'Мероприятия: новость для сайта…', functionName: 'eventNewsDialog' },
  { caption: 'Учесть обучение наставников', functionName: 'applyMentorTraining' },
  'separator',
  { caption: 'Документы…', functionName: 'showDocumentsDialog' },
  'separator',
  { caption: 'Проверить работу в этом аккаунте', functionName: 'showSelfCheck' },
];

export function buildAddonMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.caption, item.functionName);
  }
  menu.addToUi();
}
