/**
 * The demo's last step: the coordinator runs «Проверить работу в этом аккаунте»; the table of probes is
 * printed as the dialog shows it, with what the check cost in service calls and time.
 */
import type { Addon } from '../emulator';
import type { SelfCheckReport } from '../src/app/selfCheck';

export async function runSelfCheckStep(addon: Addon): Promise<string[]> {
  addon.clickMenu('Проверить работу в этом аккаунте');
  const report = (await addon.scriptRun('runSelfCheck')) as SelfCheckReport;
  const calls = addon.ws.rt.meter.windowCount();
  const seconds = (addon.executions.at(-1)!.elapsedMs / 1000).toFixed(1);
  const lines = [`Проверка работы в этом аккаунте (${calls} вызовов служб Google, ${seconds} с): ${report.summary}`];
  for (const row of report.rows) {
    lines.push(`  ${row.verdictText.padEnd(12)} ${row.title}`);
    lines.push(`  ${''.padEnd(12)} ожидалось: ${row.expected}`);
    lines.push(`  ${''.padEnd(12)} увидели:   ${row.observed}`);
    if (row.meaning) lines.push(`  ${''.padEnd(12)} → ${row.meaning}`);
  }
  for (const line of report.cleanup) lines.push(`  ${line}`);
  return lines;
}
