/** Dialogs, toasts and alerts for the coordinator, and the one place menu actions report errors. */
import { isDailyQuota, isTransient, messageOf } from './googleCalls';

/** Opens `build/<file>.html` as a modal dialog; if Google fails to, the coordinator reads why in Russian. */
export function showDialog(file: string, title: string, width: number, height: number): void {
  inRussianErrors(() => {
    const html = HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height);
    SpreadsheetApp.getUi().showModalDialog(html, title);
  });
}

/** Opens `build/<file>.html` as the sidebar, with the same care. */
export function showSidebar(file: string, title: string): void {
  inRussianErrors(() => SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title)));
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
    const message = inRussian(err);
    try {
      alertUser('Наставничество: ошибка', message);
    } catch {
      // The alert itself failed (the UI service is down too): Sheets shows a thrown error's text in its
      // banner, so the coordinator still reads Russian, not Google's text.
      throw new Error(message);
    }
  }
}

/** A google.script.run call: an error reaches the dialog's failure handler with a Russian message. */
export function inRussianErrors<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw new Error(inRussian(error));
  }
}

/** The documents job's view for the dialog: each document's failure reason in Russian (Google's text kept). */
export function jobInRussian<V extends { readonly failed: readonly { label: string; message: string }[] }>(view: V): V {
  return { ...view, failed: view.failed.map((f) => ({ ...f, message: inRussian(f.message) })) };
}

/**
 * What the coordinator reads for an error: the add-on's own messages are Russian already; Google's English
 * text (a fault nothing above caught) is explained in Russian and kept at the end for the record.
 */
export function inRussian(error: unknown): string {
  const text = messageOf(error);
  if (/[А-Яа-яЁё]/.test(text)) return text;
  const what = isDailyQuota(error)
    ? 'Google не даёт сегодня выполнить это действие: достигнут дневной лимит вашего аккаунта. Повторите его завтра.'
    : isTransient(error)
      ? 'Сервис Google временно не ответил, действие прервано. Повторите его через несколько минут.'
      : /Lock timeout/i.test(text)
        ? 'Таблицу сейчас изменяет другой запуск надстройки. Подождите минуту и повторите.'
        : 'Действие прервано ошибкой. Повторите его; если ошибка повторится, передайте этот текст тому, кто устанавливал надстройку.';
  return `${what}\n\nСообщение Google: ${text}`;
}
