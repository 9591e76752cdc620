/**
 * Data validation rules (developers.google.com/apps-script/reference/spreadsheet/data-validation-builder)
 * and protections (developers.google.com/apps-script/reference/spreadsheet/protection), recorded and readable.
 */
import { guard } from '../guard';
import { gate, type SheetsContext } from './context';
import { SpreadsheetErrors } from './errors';
import type { CellValue, ProtectionState, ValidationState } from './store';

/** Rules built by the builder carry their state under this symbol, so setDataValidation can read them. */
export const RULE_STATE = Symbol('ruleState');

export type RuleObject = GoogleAppsScript.Spreadsheet.DataValidation & { [RULE_STATE]: ValidationState };

export function ruleObject(state: ValidationState): RuleObject {
  const rule = {
    [RULE_STATE]: state,
    getCriteriaType: () => state.criteria,
    getCriteriaValues: () =>
      state.criteria === 'VALUE_IN_LIST'
        ? [[...state.values], state.showDropdown]
        : state.checkbox
          ? [state.checkbox.checked, ...(state.checkbox.unchecked === null ? [] : [state.checkbox.unchecked])]
          : [],
    getAllowInvalid: () => state.allowInvalid,
    getHelpText: () => state.helpText,
    copy: () => validationBuilder(state),
  };
  return guard(rule, 'DataValidation') as unknown as RuleObject;
}

export function validationBuilder(from?: ValidationState): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  let state: ValidationState = from ?? { criteria: 'VALUE_IN_LIST', values: [], showDropdown: true, allowInvalid: true, helpText: '' };
  let chosen = from !== undefined;
  const builder = {
    requireValueInList: (values: string[], showDropdown?: boolean) => {
      state = { ...state, criteria: 'VALUE_IN_LIST', values: values.map(String), showDropdown: showDropdown ?? true };
      chosen = true;
      return builder;
    },
    /** requireCheckbox(), requireCheckbox(checked), requireCheckbox(checked, unchecked). */
    requireCheckbox: (checked?: unknown, unchecked?: unknown) => {
      const custom = checked === undefined ? undefined : { checked: String(checked), unchecked: unchecked === undefined ? null : String(unchecked) };
      state = { ...state, criteria: 'CHECKBOX', values: [], checkbox: custom };
      chosen = true;
      return builder;
    },
    setAllowInvalid: (allow: boolean) => {
      state = { ...state, allowInvalid: allow };
      return builder;
    },
    setHelpText: (text: string) => {
      state = { ...state, helpText: text };
      return builder;
    },
    build: () => {
      if (!chosen) throw new Error('Emulator: a data validation rule needs a criterion');
      return ruleObject(state);
    },
  };
  return guard(builder, 'DataValidationBuilder') as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
}

/**
 * Whether a stored value breaks a rule that rejects invalid input (setAllowInvalid(false)). Empty always
 * passes (clearing a cell is allowed). A list compares the value's text exactly — Google's case rule is
 * unconfirmed, exact is the stricter reading; a checkbox takes TRUE/FALSE or its custom values.
 */
export function violatesRule(state: ValidationState, value: CellValue | undefined): boolean {
  if (state.allowInvalid || value === undefined || value === '') return false;
  if (state.criteria === 'VALUE_IN_LIST') return !state.values.includes(value instanceof Date ? value.toISOString() : String(value));
  if (!state.checkbox) return typeof value !== 'boolean';
  const text = String(value);
  return text !== state.checkbox.checked && text !== (state.checkbox.unchecked ?? '');
}

export function protectionObject(ctx: SheetsContext, state: ProtectionState, range: () => unknown): GoogleAppsScript.Spreadsheet.Protection {
  const me = ctx.ws.userEmail;
  const owner = ctx.ss.owner;
  const protection = {
    getProtectionType: () => state.type,
    getDescription: () => state.description,
    setDescription: (text: string) => {
      gate(ctx.ws, 'Protection.setDescription');
      state.description = text;
      return protection;
    },
    isWarningOnly: () => state.warningOnly,
    setWarningOnly: (warningOnly: boolean) => {
      gate(ctx.ws, 'Protection.setWarningOnly');
      state.warningOnly = warningOnly;
      return protection;
    },
    getEditors: () => state.editors.map((email) => guard({ getEmail: () => email }, 'User')),
    addEditor: (email: string) => {
      gate(ctx.ws, 'Protection.addEditor');
      if (!state.editors.includes(email)) state.editors.push(email);
      return protection;
    },
    /** "Neither the owner of the spreadsheet nor the current user can be removed." */
    removeEditors: (emails: string[]) => {
      gate(ctx.ws, 'Protection.removeEditors');
      state.editors = state.editors.filter((e) => !emails.includes(e) || e === owner || e === me);
      return protection;
    },
    /** "Throws an exception if the spreadsheet does not belong to a Google Workspace domain" — ours is a consumer file. */
    setDomainEdit: (_edit: boolean) => {
      gate(ctx.ws, 'Protection.setDomainEdit');
      throw SpreadsheetErrors.domainEdit();
    },
    canDomainEdit: () => false,
    getRange: () => range(),
    remove: () => {
      gate(ctx.ws, 'Protection.remove');
      ctx.ss.protections = ctx.ss.protections.filter((p) => p !== state);
    },
  };
  return guard(protection, 'Protection') as unknown as GoogleAppsScript.Spreadsheet.Protection;
}

/** A new protection of a rectangle (Range.protect, Sheet.protect): the owner and the current user edit it. */
export function addProtection(
  ctx: SheetsContext,
  type: ProtectionState['type'],
  sheetId: number,
  bounds: { row: number; column: number; numRows: number; numColumns: number },
  range: () => unknown,
): GoogleAppsScript.Spreadsheet.Protection {
  const state: ProtectionState = {
    id: ctx.ss.nextId++,
    type,
    sheetId,
    ...bounds,
    description: '',
    warningOnly: false,
    editors: [...new Set([ctx.ss.owner, ctx.ws.userEmail])],
  };
  ctx.ss.protections.push(state);
  return protectionObject(ctx, state, range);
}
