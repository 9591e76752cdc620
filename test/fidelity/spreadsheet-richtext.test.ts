/**
 * RichTextValue links in Sheets, as Google documents them:
 * developers.google.com/apps-script/reference/spreadsheet/rich-text-value-builder — setLinkUrl(startOffset,
 * endOffset, linkUrl): «Sets the link URL for the given substring of this value» (start inclusive, end exclusive);
 * setText «clears any existing text style»; …/rich-text-value — getLinkUrl(start, end) «Returns null if there's no
 * link URL or the URL differs within range»; Range.getRichTextValue: «null if the cell value is not text».
 */
import { byHand } from '../../emulator/control';
import { loadAddon } from '../../emulator/load';

describe('RichTextValue (fidelity)', () => {
  it('keeps named links on parts of a text cell; getValues reads the plain text', () => {
    const addon = loadAddon({ nowMs: Date.UTC(2022, 9, 20) });
    addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('x').id;
    const out = byHand(addon.ws, (ss, app) => {
      const sheet = ss.getSheets()[0];
      const value = app.newRichTextValue().setText('foo no baz').setLinkUrl(0, 3, 'https://bar.foo').setLinkUrl(7, 10, 'https://abc.xyz').build();
      sheet.getRange(1, 1, 2, 1).setRichTextValues([[value], [app.newRichTextValue().setText('=1+1').build()]]);
      sheet.getRange(3, 1).setValue(5);
      const read = sheet.getRange(1, 1).getRichTextValue()!;
      const copy = sheet.getRange(4, 1);
      copy.setRichTextValue(read);
      copy.setValue('plain');
      return {
        values: sheet.getRange(1, 1, 2, 1).getValues(),
        first: read.getLinkUrl(0, 3),
        second: read.getLinkUrl(7, 10),
        across: read.getLinkUrl(0, 10),
        none: read.getLinkUrl(4, 6),
        number: sheet.getRange(3, 1).getRichTextValue(),
        afterSetValue: copy.getRichTextValue()!.getLinkUrl(0, 3),
      };
    });
    expect(out.values).toEqual([['foo no baz'], ['=1+1']]);
    expect([out.first, out.second, out.across, out.none]).toEqual(['https://bar.foo', 'https://abc.xyz', null, null]);
    expect(out.number).toBeNull();
    expect(out.afterSetValue).toBeNull();
  });
});
