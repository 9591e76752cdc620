/** Dialogs, toasts and alerts for the coordinator, and the one place menu actions report errors. */

/** Opens `build/<file>.html` as a modal dialog. */
export function showDialog(file: string, title: string, width: number, height: number): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

export function toast(message: string, title: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, title, 8);
}

export function alertUser(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/**
 * Runs a menu action; an error reaches the coordinator as a Russian alert (and the log with its stack)
 * instead of Google's generic failure banner.
 */
export function reportErrors(action: () => void): void {
  try {
    action();
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    console.error(err.stack ?? err.message);
    alertUser('Наставничество: ошибка', err.message);
  }
}
