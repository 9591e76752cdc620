/**
 * Logger and console (developers.google.com/apps-script/reference/base/logger, …/base/console): every
 * line goes to `ws.logs` as `LEVEL: text`, in order, across executions. Levels follow Google's page:
 * Logger.log and console.info INFO, console.log DEBUG, console.warn WARNING, console.error ERROR.
 */
import { guard } from '../guard';
import type { Workspace } from '../workspace';
import { isDate } from './utilities';

type Logger = GoogleAppsScript.Base.Logger;
type LoggerApi = Pick<Logger, 'log' | 'getLog' | 'clear'>;
type ConsoleApi = Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'>;
type Level = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';

/** Objects are serialized to strings (console "methods serialize the objects to strings"). */
function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (isDate(value)) return value.toString();
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** `%s %d %i %f %o %O %j` substitutions, then the remaining values separated by spaces. */
function substitute(args: readonly unknown[], conversions: RegExp): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(show).join(' ');
  let used = 0;
  const text = first.replace(conversions, (spec: string) => {
    if (spec === '%%') return '%';
    if (used >= rest.length) return spec;
    const value = rest[used++];
    if (spec === '%d' || spec === '%i') return String(Math.trunc(Number(value)));
    if (spec === '%f') return String(Number(value));
    return show(value);
  });
  return [text, ...rest.slice(used).map(show)].join(' ');
}

export function createLogging(ws: Workspace): { Logger: Logger; console: Console } {
  /** Logger.getLog() holds the current execution's Logger messages only. */
  let executionLog: string[] = [];
  const write = (level: Level, text: string): void => {
    ws.logs.push(`${level}: ${text}`);
  };
  const logger: LoggerApi = {
    /** "The string can include multiple %s placeholders, which are replaced with corresponding values". */
    log: (...args: unknown[]) => {
      ws.rt.call('Logger.log', { minAuth: 'NONE' });
      const text = substitute(args, /%[s%]/g);
      write('INFO', text);
      executionLog.push(text);
      return loggerGuarded;
    },
    getLog: () => {
      ws.rt.call('Logger.getLog', { minAuth: 'NONE' });
      return executionLog.map((line) => `${line}\n`).join('');
    },
    clear: () => {
      ws.rt.call('Logger.clear', { minAuth: 'NONE' });
      executionLog = [];
    },
  };
  const loggerGuarded = guard(logger, 'Logger') as Logger;

  const timers = new Map<string, number>();
  const level =
    (method: 'log' | 'info' | 'warn' | 'error', lvl: Level) =>
    (...args: unknown[]): void => {
      ws.rt.call(`console.${method}`, { minAuth: 'NONE' });
      write(lvl, substitute(args, /%[sdifoOj%]/g));
    };
  const console: ConsoleApi = {
    log: level('log', 'DEBUG'),
    info: level('info', 'INFO'),
    warn: level('warn', 'WARNING'),
    error: level('error', 'ERROR'),
    time: (label?: string) => {
      ws.rt.call('console.time', { minAuth: 'NONE' });
      timers.set(String(label), ws.rt.clock.now());
    },
    timeEnd: (label?: string) => {
      ws.rt.call('console.timeEnd', { minAuth: 'NONE' });
      const started = timers.get(String(label));
      if (started === undefined) return;
      timers.delete(String(label));
      write('DEBUG', `${label}: ${ws.rt.clock.now() - started}ms`);
    },
  };
  return { Logger: loggerGuarded, console: guard(console, 'console') as Console };
}
