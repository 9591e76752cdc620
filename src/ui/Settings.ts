/**
 * The settings dialog: shows the fields with their current values, checks them as the coordinator
 * types (the same validation as the server), and saves through saveSettings. All text is set with
 * textContent/value: nothing a person typed becomes markup.
 */
import { type SettingsField, validateSettings } from '../domain/programme';
import type { SettingsDialogData } from '../shared/rpc';
import { callServer, closeDialog } from './rpc';

const form = document.getElementById('settings') as HTMLFormElement;
const fieldsBox = document.getElementById('fields') as HTMLDivElement;
const status = document.getElementById('status') as HTMLDivElement;
const saveButton = document.getElementById('save') as HTMLButtonElement;
const inputs = new Map<SettingsField, HTMLInputElement>();
const errorBoxes = new Map<SettingsField, HTMLDivElement>();

function render(data: SettingsDialogData): void {
  fieldsBox.textContent = '';
  for (const field of data.fields) {
    const label = document.createElement('label');
    label.htmlFor = field.key;
    label.textContent = field.label;
    const hint = document.createElement('span');
    hint.className = 'hint';
    hint.textContent = ` — ${field.hint}`;
    label.append(hint);
    const input = document.createElement('input');
    input.type = 'text';
    input.id = field.key;
    input.name = field.key;
    input.value = field.value;
    input.addEventListener('input', () => showErrors(false));
    const error = document.createElement('div');
    error.className = 'error';
    error.id = `${field.key}-error`;
    fieldsBox.append(label, input, error);
    inputs.set(field.key, input);
    errorBoxes.set(field.key, error);
  }
  saveButton.disabled = false;
}

function values(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, input] of inputs) out[key] = input.value;
  return out;
}

/** Marks invalid fields; `all` shows errors also for fields still empty. Returns whether all are valid. */
function showErrors(all: boolean, serverErrors?: Partial<Record<SettingsField, string>>): boolean {
  const result = validateSettings(values());
  const errors = serverErrors ?? (result.ok ? {} : result.errors);
  for (const [key, input] of inputs) {
    const message = all || input.value.trim() !== '' ? (errors[key] ?? '') : '';
    input.classList.toggle('invalid', message !== '');
    errorBoxes.get(key)!.textContent = message;
  }
  return result.ok && !serverErrors;
}

function setStatus(kind: 'ok' | 'fail' | '', lines: string[]): void {
  status.className = `status ${kind}`;
  status.textContent = '';
  for (const line of lines) {
    const p = document.createElement('div');
    p.textContent = line;
    status.append(p);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!showErrors(true)) {
    setStatus('fail', ['Исправьте отмеченные поля.']);
    return;
  }
  saveButton.disabled = true;
  setStatus('', []);
  saveButton.textContent = 'Сохраняю…';
  callServer('saveSettings', values())
    .then((result) => {
      if (result.ok) setStatus('ok', result.summary);
      else {
        showErrors(true, result.errors);
        setStatus('fail', [result.message]);
      }
    })
    .catch((error: Error) => setStatus('fail', [`Не удалось сохранить: ${error.message}`]))
    .finally(() => {
      saveButton.disabled = false;
      saveButton.textContent = 'Сохранить';
    });
});

document.getElementById('close')!.addEventListener('click', () => closeDialog());

callServer('getSettingsDialogData')
  .then(render)
  .catch((error: Error) => {
    fieldsBox.textContent = '';
    setStatus('fail', [`Не удалось загрузить настройки: ${error.message}`]);
  });
