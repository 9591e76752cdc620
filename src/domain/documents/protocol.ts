/**
 * «Протокол» of a held event in the form schools use: number and date, place, present and absent with counts,
 * chair and secretary, повестка дня, then per item СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ / ГОЛОСОВАЛИ, and signatures.
 * What the coordinator typed in «Мероприятия» is used word for word; the rest is the programme's facts or a blank.
 */
import { formatLongRussianDate, formatRussianDate, type IsoDate } from '../dates';
import { type EventKind, KINDS } from '../events/kinds';
import type { ProgrammeSettings } from '../programme';
import { type Block, bold, type DocumentModel, h1, numbered, p, pAligned, table } from './model';
import { BLANK, initialsFirst, orderReference, school, surnameFirst, typeset, yearDigits, yearLabel } from './phrases';

/** One event's row as the coordinator filled it; '' where they typed nothing. */
export interface EventFacts {
  readonly id: string;
  readonly date: IsoDate;
  readonly kind: EventKind;
  readonly title: string;
  readonly audience: string;
  readonly place: string;
  readonly number: string;
  readonly chair: string;
  readonly secretary: string;
  readonly agenda: string;
  readonly heard: string;
  readonly speakers: string;
  readonly decisions: string;
  readonly votes: string;
  readonly presentCount: number | null;
  readonly absentCount: number | null;
  readonly hours: number | null;
  readonly form: string;
}

/** What the meeting heard about the programme: the roadmap and the banks' numbers. */
export interface ProgrammeFacts {
  readonly stageNumber: string;
  readonly stageTitle: string;
  readonly roadmapStages: number;
  readonly mentors: number;
  readonly mentees: number;
  readonly trainedMentors: number;
  readonly pairs: number;
}

export interface Attendee {
  readonly fullName: string;
  readonly role: string;
}

export interface ProtocolInput {
  readonly settings: ProgrammeSettings;
  readonly event: EventFacts;
  readonly facts: ProgrammeFacts;
  /** Staff ticked present in «Посещаемость», and those listed but not ticked. */
  readonly present: readonly Attendee[];
  readonly absent: readonly Attendee[];
}

/** A typed cell split into its items: one per line (a leading «1.» or «1)» dropped). */
export function typedItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\d+\s*[.)]\s*/, '').trim())
    .filter((line) => line !== '');
}

interface Item {
  readonly question: string;
  readonly heard: string;
  readonly decided: string;
}

/** The agenda the programme proposes for a kind, with what the meeting heard and decided. */
function defaultAgenda(input: ProtocolInput): Item[] {
  const { settings, facts, event } = input;
  const coordinator = `куратора программы наставничества ${surnameFirst(input.settings.coordinatorName, 'genitive')}`;
  const programme = `о программе наставничества ${school(settings)} на ${yearLabel(settings)}, принятой приказом ${orderReference(settings)}, и о дорожной карте её внедрения (${facts.roadmapStages} этапов; этап ${facts.stageNumber} «${facts.stageTitle}»)`;
  const banks = `в банке наставников ${facts.mentors} чел. (прошли обучение ${facts.trainedMentors}), в банке наставляемых ${facts.mentees} чел., сформировано наставнических пар и групп: ${facts.pairs}`;
  switch (event.kind) {
    case 'педагогический совет':
      return [
        { question: `О внедрении программы наставничества в ${school(settings)} на ${yearLabel(settings)}.`, heard: `${coordinator} ${programme}.`, decided: 'Принять информацию к сведению. Педагогическим работникам ознакомиться с Положением о программе наставничества и дорожной картой.' },
        { question: 'О формировании банков наставников и наставляемых.', heard: `${coordinator} о порядке анкетирования и согласиях на обработку персональных данных; на дату заседания ${banks}.`, decided: 'Педагогическим работникам, желающим участвовать в программе, заполнить анкеты наставника или наставляемого.' },
      ];
    case 'родительское собрание':
    case 'ученический совет':
      return [
        { question: `Об информировании о программе наставничества в ${school(settings)}.`, heard: `${coordinator} ${programme}.`, decided: 'Принять информацию к сведению.' },
      ];
    case 'установочная сессия наставников':
      return [
        { question: event.title, heard: `${coordinator} ${programme}; ${banks}.`, decided: 'Наставникам использовать материалы сессии при разработке и реализации персонализированных программ наставничества.' },
      ];
    default:
      return [
        { question: event.title, heard: `${coordinator} об итогах реализации программы наставничества: ${banks}.`, decided: 'Принять информацию к сведению.' },
      ];
  }
}

/** The items: the coordinator's agenda when typed (their words), else the programme's; typed lines win per item. */
function items(input: ProtocolInput): Item[] {
  const typedAgenda = typedItems(input.event.agenda);
  const base = typedAgenda.length > 0 ? typedAgenda.map((question) => ({ question, heard: '', decided: '' })) : defaultAgenda(input);
  const heard = typedItems(input.event.heard);
  const decided = typedItems(input.event.decisions);
  return base.map((item, i) => ({
    question: item.question,
    heard: heard[i] ?? (i === base.length - 1 && heard.length > base.length ? heard.slice(i).join(' ') : item.heard),
    decided: decided[i] ?? item.decided,
  }));
}

const orBlank = (text: string): string => (text.trim() === '' ? BLANK : text.trim());

export function protocolDocument(input: ProtocolInput): DocumentModel {
  const { settings, event } = input;
  const info = KINDS[event.kind];
  const chairDefault = info.chairedBy === 'director' ? settings.directorName : settings.coordinatorName;
  const chair = event.chair.trim() !== '' ? event.chair.trim() : surnameFirst(chairDefault);
  const chairSignature = event.chair.trim() !== '' ? event.chair.trim() : initialsFirst(chairDefault);
  const secretary = event.secretary.trim();
  const presentCount = event.presentCount ?? (input.present.length > 0 ? input.present.length : null);
  const absentCount = event.absentCount ?? (input.present.length > 0 || input.absent.length > 0 ? input.absent.length : null);
  const list = items(input);
  const speakers = typedItems(event.speakers);
  const votes = event.votes.trim();

  const blocks: Block[] = [
    pAligned('center', typeset(settings.schoolFullName)),
    h1(`ПРОТОКОЛ № ${orBlank(event.number)}`),
    pAligned('center', info.protocolOf),
    pAligned('left', `от ${formatRussianDate(event.date)} г.`),
    p(bold('Дата проведения: '), formatLongRussianDate(event.date)),
    p(bold('Место проведения: '), orBlank(event.place)),
    p(bold('Председатель: '), chair),
    p(bold('Секретарь: '), orBlank(secretary)),
    p(bold('Присутствовали: '), presentCount === null ? `${BLANK} чел.` : `${presentCount} чел.`, input.present.length > 0 ? ' (лист регистрации прилагается)' : event.audience ? ` (${event.audience})` : ''),
    p(bold('Отсутствовали: '), absentCount === null ? `${BLANK} чел.` : `${absentCount} чел.`, input.absent.length > 0 ? `: ${input.absent.map((a) => surnameFirst(a.fullName)).join(', ')}` : ''),
    p(bold('Повестка дня:')),
    numbered(...list.map((item) => item.question)),
  ];
  list.forEach((item, i) => {
    blocks.push(
      p(bold(`${i + 1}. СЛУШАЛИ: `), orBlank(item.heard)),
      p(bold('ВЫСТУПИЛИ: '), orBlank(speakers[i] ?? '')),
      p(bold('РЕШИЛИ: '), orBlank(item.decided)),
      p(bold('ГОЛОСОВАЛИ: '), votes !== '' ? votes : `«за» — ${BLANK}, «против» — ${BLANK}, «воздержались» — ${BLANK}.`),
    );
  });
  blocks.push({
    kind: 'signatures',
    lines: [
      { role: 'Председатель', name: chairSignature },
      { role: 'Секретарь', name: secretary !== '' ? secretary : BLANK },
    ],
  });
  if (input.present.length > 0) {
    blocks.push(
      pAligned('right', `Приложение к протоколу № ${orBlank(event.number)} от ${formatRussianDate(event.date)} г.`),
      pAligned('center', bold('Лист регистрации')),
      table(
        ['№', 'ФИО', 'Участие', 'Подпись'],
        input.present.map((a, i) => [String(i + 1), surnameFirst(a.fullName), a.role, '']),
      ),
    );
  }
  return {
    fileName: `Протокол ${info.protocolOf} от ${formatRussianDate(event.date)} (${event.id}) — ${settings.schoolShortName} — ${yearDigits(settings)}`,
    blocks,
  };
}
