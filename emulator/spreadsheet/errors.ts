/**
 * Google's error texts for SpreadsheetApp, in one place (../shared/reference/gas-api.md §3 and §11,
 * gathered from real execution logs). [U] marks a wording not confirmed from a Google page or log.
 */
import { GasException } from '../runtime';

export const SpreadsheetErrors = {
  rowsAtLeastOne: () => new GasException('The number of rows in the range must be at least 1.'),
  columnsAtLeastOne: () => new GasException('The number of columns in the range must be at least 1.'),
  outsideSheet: () => new GasException('The coordinates of the range are outside the dimensions of the sheet.'),
  dataRows: (data: number, range: number) =>
    new GasException(`The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`),
  dataColumns: (data: number, range: number) =>
    new GasException(
      `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
    ),
  sheetNameTaken: (name: string) => new GasException(`A sheet with the name "${name}" already exists. Please enter another name.`),
  cellTooLong: () => new GasException('Your input contains more than the maximum of 50000 characters in a single cell.'),
  signature: (args: string, method: string) => new GasException(`The parameters (${args}) don't match the method signature for ${method}.`),
  /** [U] Google's text for a Sheet or Range used after its sheet was deleted is not documented. */
  sheetDeleted: (name: string) => new GasException(`The sheet "${name}" has been deleted.`),
  /** [U] Seen in user reports when the last visible sheet is deleted. */
  lastSheet: () => new GasException("You can't remove all the sheets in a document."),
  /** [U] The Sheets API's text for metadata on an arbitrary range. */
  metadataLocation: () =>
    new GasException(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to top-level spreadsheets, individual sheets, or entire rows and columns.',
    ),
  notFound: (id: string) => new GasException(`Unexpected error while getting the method or property openById on object SpreadsheetApp. (${id})`),
  getUiContext: () => new GasException('Cannot call SpreadsheetApp.getUi() from this context.'),
  /** gas-api.md §13 vector 44 [C]: a script write outside a strict data validation rule (real execution logs). */
  validation: (a1: string) => new GasException(`The data you entered in cell ${a1} violates the data validation rules set on this cell.`),
  /** gas-api.md §3: Protection.setDomainEdit on a file outside a Workspace domain. */
  domainEdit: () => new GasException('This action is only available for Google Workspace domain users.'),
};
