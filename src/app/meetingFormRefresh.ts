/**
 * After the pairs change («Закрепить утверждённые»): the meeting form's list of pairs follows at once, not only at
 * the next report or «Обновить банки». Its own lock, after the change is saved: a failure here never undoes it.
 */
import { FORMS_KEY } from './banksFromForms';
import { refreshChoices } from './meetingForm';
import { activePairChoices } from './meetings';
import type { DocumentStorePort, FormRecord, FormsPort, LockPort, WorkbookPort } from './ports';

export interface MeetingFormRefreshPorts {
  workbook: WorkbookPort;
  forms: FormsPort;
  store: DocumentStorePort;
  lock: LockPort;
}

/** 'refreshed' | 'unchanged' (same list, or no form yet: «Создать анкеты» makes it) | a Russian line for the alert. */
export function refreshMeetingFormAfterPairs(ports: MeetingFormRefreshPorts): { outcome: 'refreshed' | 'unchanged' | 'failed'; message: string } {
  try {
    return ports.lock.withDocumentLock(() => {
      const record = ports.store.get<Partial<Record<string, FormRecord>>>(FORMS_KEY, {}).meeting;
      if (!record) return { outcome: 'unchanged' as const, message: '' };
      const refreshed = refreshChoices(ports, record, activePairChoices(ports.workbook));
      return refreshed
        ? { outcome: 'refreshed' as const, message: 'Список пар в анкете «Встреча пары» обновлён.' }
        : { outcome: 'unchanged' as const, message: '' };
    });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      outcome: 'failed',
      message: `Пары закреплены, но список пар в анкете «Встреча пары» не обновлён: ${reason.replace(/\.?\s*$/, '.')} Он обновится при следующем «Обновить банки» или отчёте о встрече.`,
    };
  }
}
