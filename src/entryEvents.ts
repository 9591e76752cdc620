/**
 * The events' part of the public surface (re-exported by src/entry.ts): «Мероприятия» — attendance, protocol,
 * news draft — and the mentors' training by attendance. Each asks for the event's ID and calls one use case.
 */
import { listAttendees } from './app/eventsAttendance';
import { type EventsPorts, makeNewsDraft, makeProtocol } from './app/eventsProtocol';
import { applyTraining } from './app/eventsTraining';
import { ProgrammeContext } from './workspace/context';
import { AdvancedDriveFolders } from './workspace/driveFolders';
import { GoogleDocuments } from './workspace/googleDocuments';
import { alertUser, reportErrors } from './workspace/ui';

function eventsPorts(ctx: ProgrammeContext): EventsPorts {
  return {
    ...ctx.ports(),
    drive: new AdvancedDriveFolders(),
    documents: new GoogleDocuments(),
  };
}

/** The event's ID typed by the coordinator, or null when they cancelled. */
function askEvent(title: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const asked = ui.prompt(title, 'ID мероприятия из листа «Мероприятия» (например, М-001):', ui.ButtonSet.OK_CANCEL);
  if (asked.getSelectedButton() !== ui.Button.OK) return null;
  return asked.getResponseText();
}

/** Menu «Мероприятия: отметить присутствующих…»: the staff expected, listed in «Посещаемость» to tick. */
export function eventAttendanceDialog(): void {
  reportErrors(() => {
    const ref = askEvent('Посещаемость');
    if (ref === null) return;
    const ctx = new ProgrammeContext();
    alertUser('Посещаемость', listAttendees(ctx.ports(), ref).message);
  });
}

/** Menu «Мероприятия: протокол…»: the protocol of a held event in Google Docs. */
export function eventProtocolDialog(): void {
  reportErrors(() => {
    const ref = askEvent('Протокол мероприятия');
    if (ref === null) return;
    alertUser('Протокол мероприятия', makeProtocol(eventsPorts(new ProgrammeContext()), ref).message);
  });
}

/** Menu «Мероприятия: новость для сайта…»: a news draft about a held event. */
export function eventNewsDialog(): void {
  reportErrors(() => {
    const ref = askEvent('Новость для сайта');
    if (ref === null) return;
    alertUser('Новость для сайта', makeNewsDraft(eventsPorts(new ProgrammeContext()), ref).message);
  });
}

/** Menu «Учесть обучение наставников»: «Обучение пройдено» from the attended sessions, and the training plan. */
export function applyMentorTraining(): void {
  reportErrors(() => {
    alertUser('Обучение наставников', applyTraining(eventsPorts(new ProgrammeContext())).message);
  });
}
