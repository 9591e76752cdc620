/** The coordinator types a value into «Настройки» by hand, in the row whose key is `key` (demo and tests). */
import { type Addon, byHand } from '../emulator';

export function setSettingByHand(addon: Addon, key: string, value: string): void {
  byHand(addon.ws, (ss) => {
    const sheet = ss.getSheetByName('Настройки');
    if (!sheet) throw new Error('no «Настройки» sheet');
    const values = sheet.getDataRange().getValues();
    const row = values.findIndex((r) => r[0] === key);
    if (row < 0) throw new Error(`no setting ${key}`);
    sheet.getRange(row + 1, values[0].indexOf('Значение') + 1).setValue(value);
  });
}
