/**
 * The emulator's own machinery, not Google's behaviour: the call meter and the guard that names a member
 * the emulator lacks (the gas-fakes approach, aesthetics.md §2).
 */
import { world } from '../support/world';

describe('emulator machinery', () => {
  it('meters each call by method', () => {
    const { ws, ss } = world();
    ws.rt.meter.resetWindow();
    const sheet = ss.getSheets()[0];
    sheet.getRange(1, 1, 3, 3).getValues();
    sheet.getRange(1, 1, 3, 3).getValues();
    expect(ws.rt.meter.window()).toEqual({ 'Range.getValues': 2, 'Sheet.getRange': 2, 'Spreadsheet.getSheets': 1 });
  });

  it('throws for a member the emulator does not have, naming it', () => {
    const sheet = world().ss.getSheets()[0] as unknown as Record<string, unknown>;
    expect(() => sheet.getCharts).toThrow('Emulator: Sheet.getCharts is not implemented');
  });
});
