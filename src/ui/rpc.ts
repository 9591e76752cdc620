/**
 * Typed promise wrapper over google.script.run: the client calls the server only through ServerApi,
 * so a renamed server function is a compile error here, not a silent failure in the dialog.
 */
import type { ServerApi } from '../shared/rpc';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun; host: { close(): void } } };

export function callServer<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>)).withFailureHandler(reject);
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Функция сервера ${name} недоступна`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

export function closeDialog(): void {
  google.script.host.close();
}
