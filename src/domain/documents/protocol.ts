/**
 * «Протокол» of a held event in the form schools use: number and date, place, present and absent with counts,
 * chair and secretary, повестка дня, then per item СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ / ГОЛОСОВАЛИ, and signatures.
 * What the coordinator typed in «Мероприятия» is used word for word; the rest is the programme's facts or a blank.
 * A protocol states only what was true on its date: an order only once issued (else its drafts are heard), counts
 * only from records dated by then, a vote only when it adds up to those present.
 */
import { formatLongRussianDate, formatRussianDate, type IsoDate } from '../dates';
import { type EventKind, KINDS } from '../events/kinds';
import { type HeldSession, type TrainingRule, trainingOf } from '../events/training';
import type { ProgrammeSettings } from '../programme';
import { regulationTitle } from './implementationOrder';
import { asDocumentSettings, type CouncilProtocol } from './inputs';
import { type Block, bold, type DocumentModel, h1, numbered, p, pAligned, table } from './model';
import { BLANK, distinctName, initialsFirst, NBSP, orderReference, plural, positionIn, school, surnameFirst, typesetModel, yearDigits, yearLabel } from './phrases';

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

/**
 * What the meeting heard about the programme: the roadmap, and counts that were true on the meeting's date
 * (countsAsOf). The banks' sizes are not here: «Наставники» and «Наставляемые» date nobody's entry, so what they
 * held on a past date is not known, and a protocol states only what was true on its date.
 */
export interface ProgrammeFacts {
  readonly stageNumber: string;
  readonly stageTitle: string;
  readonly roadmapStages: number;
  /** Pairs and groups begun on or before the meeting (by «Дата начала»); null when a pair has no date. */
  readonly pairs: number | null;
  /** Mentors whose training the sessions held by the meeting complete under the rule; null when not known. */
  readonly trainedMentors: number | null;
}

/** The dated records the counts come from. */
export interface DatedRecords {
  /** Each pair's «Дата начала»; null for a row without one. */
  readonly pairStarts: readonly (IsoDate | null)[];
  /** Held установочные сессии with their dates, each mentor's attended session ids, the rule; null: rule unreadable. */
  readonly training: {
    readonly rule: TrainingRule;
    readonly sessions: readonly (HeldSession & { readonly date: IsoDate })[];
    readonly attendedByMentor: readonly ReadonlySet<string>[];
  } | null;
}

/**
 * The counts as of `date`: a pair counts from its «Дата начала», training from the sessions held on or before
 * the date (a course the coordinator ticked carries no date, so it is not counted here).
 */
export function countsAsOf(date: IsoDate, records: DatedRecords): Pick<ProgrammeFacts, 'pairs' | 'trainedMentors'> {
  const pairs = records.pairStarts.some((s) => s === null) ? null : records.pairStarts.filter((s) => s !== null && s <= date).length;
  const training = records.training;
  if (!training) return { pairs, trainedMentors: null };
  const held = training.sessions.filter((s) => s.date <= date);
  const trainedMentors = training.attendedByMentor.filter((attended) => trainingOf(training.rule, held, attended).done).length;
  return { pairs, trainedMentors };
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
  /** «Настройки»: the protocol of the council that adopted the Положение; null when not written there. */
  readonly council: CouncilProtocol | null;
}

/** A typed cell split into its items: one per line (a leading «1.» or «1)» dropped). */
export function typedItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\d+\s*[.)]\s*/, '').trim())
    .filter((line) => line !== '');
}

// ——— What was true on the meeting's date ———

/** The order «О внедрении…» is cited only once issued: a meeting before its date hears the drafts. */
const orderIssuedBy = (settings: ProgrammeSettings, date: IsoDate): boolean => settings.orderDate <= date;

/**
 * The part a meeting plays for the Положение. The order approves it as its приложение 1 and the Положение itself
 * says «ПРИНЯТО педагогическим советом (протокол от … № …)», so a council adopts it before the order: the council
 * «Настройки» names, or else the programme's council held on or before the order's date.
 */
export type RegulationAtMeeting =
  | { readonly kind: 'adopts' }
  /** Adopted by an earlier council («Настройки» names it). */
  | { readonly kind: 'adopted'; readonly council: CouncilProtocol }
  /** Approved by the order before this meeting; the adopting council is not named. */
  | { readonly kind: 'approved' }
  /** A later council («Настройки») adopts it: this one hears the draft. */
  | { readonly kind: 'draft' }
  | { readonly kind: 'none' };

export function regulationAtMeeting(settings: ProgrammeSettings, event: EventFacts, council: CouncilProtocol | null): RegulationAtMeeting {
  if (event.kind !== 'педагогический совет') return { kind: 'none' };
  if (council) {
    if (council.date === event.date) return { kind: 'adopts' };
    return council.date < event.date ? { kind: 'adopted', council } : { kind: 'draft' };
  }
  return event.date <= settings.orderDate ? { kind: 'adopts' } : { kind: 'approved' };
}

/** «сформировано наставнических пар и групп: 29; наставников, завершивших обучение…: 19»; '' when nothing yet. */
function countsPhrase(facts: ProgrammeFacts): string {
  const parts: string[] = [];
  if (facts.pairs !== null && facts.pairs > 0) parts.push(`сформировано наставнических пар и групп: ${facts.pairs}`);
  if (facts.trainedMentors !== null && facts.trainedMentors > 0) parts.push(`наставников, завершивших обучение на установочных сессиях: ${facts.trainedMentors}`);
  return parts.join('; ');
}

// ——— The agenda ———

/** «Установочная сессия 1: роль наставника, …» → «Роль наставника, …»: the theme, not the event's name again. */
function themeOf(title: string): string {
  const theme = title.includes(': ') ? title.slice(title.indexOf(': ') + 2).trim() : title.trim();
  return theme.charAt(0).toUpperCase() + theme.slice(1);
}

const withStop = (text: string): string => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** The agenda the programme proposes for a kind, before anything typed. */
function defaultQuestions(settings: ProgrammeSettings, event: EventFacts, council: CouncilProtocol | null): string[] {
  switch (event.kind) {
    case 'педагогический совет': {
      const adopts = regulationAtMeeting(settings, event, council).kind === 'adopts';
      return [
        adopts
          ? `О принятии Положения о программе наставничества и о внедрении программы наставничества в ${school(settings)} на ${yearLabel(settings)}.`
          : `О внедрении программы наставничества в ${school(settings)} на ${yearLabel(settings)}.`,
        'О формировании банков наставников и наставляемых.',
      ];
    }
    case 'родительское собрание':
    case 'ученический совет':
      return [`Об информировании о программе наставничества в ${school(settings)}.`];
    case 'конференция или семинар':
    case 'круглый стол':
      return [event.title.includes(': ') ? withStop(themeOf(event.title)) : 'Об итогах реализации программы наставничества.'];
    default:
      return [withStop(themeOf(event.title))];
  }
}

/** The meeting's questions: the coordinator's agenda when typed (their words), else the programme's. Shared with the news. */
export function agendaQuestions(settings: ProgrammeSettings, event: EventFacts, council: CouncilProtocol | null): string[] {
  const typed = typedItems(event.agenda);
  return typed.length > 0 ? typed : defaultQuestions(settings, event, council);
}

interface Item {
  readonly question: string;
  readonly heard: string;
  readonly decided: string;
}

/** What the council decides about the Положение and the programme, by what was true on its date. */
function councilDecision(settings: ProgrammeSettings, event: EventFacts, regulation: RegulationAtMeeting): string {
  const issued = orderIssuedBy(settings, event.date);
  switch (regulation.kind) {
    case 'adopts':
      return issued
        ? `Принять ${regulationTitle(settings)}. Педагогическим работникам ознакомиться с программой наставничества и дорожной картой её внедрения.`
        : `Принять ${regulationTitle(settings)}. Рекомендовать директору утвердить Положение, программу наставничества и дорожную карту её внедрения приказом «О внедрении программы наставничества».`;
    case 'adopted':
      return `Принять информацию к сведению. Педагогическим работникам ознакомиться с Положением о программе наставничества (принято педагогическим советом, протокол от ${formatRussianDate(regulation.council.date)} №${NBSP}${regulation.council.number}), программой наставничества и дорожной картой её внедрения.`;
    case 'approved':
      return `Принять информацию к сведению. Педагогическим работникам ознакомиться с Положением о программе наставничества, программой наставничества и дорожной картой её внедрения, утверждёнными приказом ${orderReference(settings)}.`;
    default:
      return 'Принять информацию к сведению. Педагогическим работникам ознакомиться с проектом Положения о программе наставничества.';
  }
}

/** The programme's items with what the meeting heard and decided — only what was true on its date. */
function defaultAgenda(input: ProtocolInput): Item[] {
  const { settings, facts, event } = input;
  const questions = defaultQuestions(settings, event, input.council);
  // «СЛУШАЛИ: (кого?) Соколову Е. А., куратора программы наставничества, о …» — the person in the accusative, the
  // full name where someone present shares her surname and initials.
  const everyone = [settings.coordinatorName, ...input.present.map((a) => a.fullName), ...input.absent.map((a) => a.fullName)];
  // She is the curator from the order that appoints her; a meeting before it hears her by her position.
  const title = orderIssuedBy(settings, event.date) ? 'куратора программы наставничества' : positionIn({ position: asDocumentSettings(settings).coordinatorPosition, subject: '' }, 'accusative');
  const coordinator = `${distinctName(settings.coordinatorName, everyone, 'accusative')}${title === '' ? '' : `, ${title},`}`;
  const stages = `она включает ${facts.roadmapStages} ${plural(facts.roadmapStages, 'этап', 'этапа', 'этапов')}; мероприятие проводится в рамках этапа ${facts.stageNumber} «${facts.stageTitle}»`;
  const issued = orderIssuedBy(settings, event.date);
  const programme = issued
    ? `о программе наставничества ${school(settings)} на ${yearLabel(settings)}, утверждённой приказом ${orderReference(settings)}, и о дорожной карте её внедрения (${stages})`
    : `о проектах программы наставничества ${school(settings)} на ${yearLabel(settings)} и дорожной карты её внедрения (${stages})`;
  const counts = countsPhrase(facts);
  switch (event.kind) {
    case 'педагогический совет': {
      const regulation = regulationAtMeeting(settings, event, input.council);
      return [
        {
          question: questions[0],
          heard:
            regulation.kind !== 'adopts'
              ? `${coordinator} ${programme}.`
              : issued
                ? `${coordinator} о проекте Положения о программе наставничества и ${programme}.`
                : `${coordinator} о проектах Положения о программе наставничества, программы наставничества ${school(settings)} на ${yearLabel(settings)} и дорожной карты её внедрения (${stages}).`,
          decided: councilDecision(settings, event, regulation),
        },
        {
          question: questions[1],
          heard: `${coordinator} о порядке анкетирования и согласиях на обработку персональных данных${counts === '' ? '' : `; на дату заседания ${counts}`}.`,
          decided: 'Педагогическим работникам, желающим участвовать в программе, заполнить анкеты наставника или наставляемого.',
        },
      ];
    }
    case 'родительское собрание':
    case 'ученический совет':
      return [{ question: questions[0], heard: `${coordinator} ${programme}.`, decided: 'Принять информацию к сведению.' }];
    case 'установочная сессия наставников':
      return [
        {
          question: questions[0],
          heard: `${coordinator} ${programme}${counts === '' ? '' : `; на дату сессии ${counts}`}.`,
          decided: 'Наставникам использовать материалы сессии при разработке и реализации персонализированных программ наставничества.',
        },
      ];
    default:
      return [
        {
          question: questions[0],
          heard: `${coordinator} об итогах реализации программы наставничества${counts === '' ? '' : `: ${counts}`}.`,
          decided: 'Принять информацию к сведению.',
        },
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

/** The decisions the meeting took, typed or the programme's: the news tells the same as the protocol. */
export function meetingDecisions(input: ProtocolInput): string[] {
  return items(input).map((item) => item.decided);
}

// ——— The vote ———

export interface VoteCount {
  readonly yes: number;
  readonly no: number;
  readonly abstained: number;
}

/** «за — 38, против — 0, воздержались — 1», «за 35, против нет» → the numbers (a part not named is 0); null when none is named. */
export function parseVotes(text: string): VoteCount | null {
  const t = text.toLowerCase().replace(/ё/g, 'е');
  const part = (word: string): number | null => {
    const m = new RegExp(`(?<![а-я])${word}[^0-9а-я]*(\\d+|нет)`).exec(t);
    return m ? (m[1] === 'нет' ? 0 : Number(m[1])) : null;
  };
  const yes = part('за');
  const no = part('против');
  const abstained = part('воздерж[а-я]*');
  if (yes === null && no === null && abstained === null) return null;
  return { yes: yes ?? 0, no: no ?? 0, abstained: abstained ?? 0 };
}

const BLANK_VOTE = `«за» — ${BLANK}, «против» — ${BLANK}, «воздержались» — ${BLANK}.`;

/**
 * The vote line, and what is wrong with it. Everyone present votes, so numbers that do not add up to those present
 * are not printed: the line stays a blank for the secretary and the coordinator is told why. Words without numbers
 * («единогласно») are printed as typed.
 */
function voteOf(event: EventFacts, presentCount: number | null): { readonly line: string; readonly problem: string | null } {
  const typed = event.votes.trim();
  if (typed === '') return { line: BLANK_VOTE, problem: null };
  const votes = parseVotes(typed);
  if (votes === null) return { line: typed, problem: null };
  const line = `«за» — ${votes.yes}, «против» — ${votes.no}, «воздержались» — ${votes.abstained}.`;
  const sum = votes.yes + votes.no + votes.abstained;
  if (presentCount === null || sum === presentCount) return { line, problem: null };
  return {
    line: BLANK_VOTE,
    problem:
      `${event.id}: в «Голосовали» за ${votes.yes} + против ${votes.no} + воздержались ${votes.abstained} = ${sum}, а присутствовали ${presentCount} чел. ` +
      'В протоколе строка «ГОЛОСОВАЛИ» оставлена пустой для секретаря. Исправьте «Голосовали» или число присутствовавших и снова выберите «Мероприятия: протокол…».',
  };
}

// ——— People typed by hand ———

/**
 * A name the coordinator typed («Смирнова О.П.», «О. П. Смирнова», «Смирнова Ольга Петровна») as a list writes it
 * and as a signature does, initials joined by non-breaking spaces; anything else stays as typed in both.
 */
export function typedPerson(typed: string): { readonly listed: string; readonly signed: string } {
  const t = typed.replace(/\s+/g, ' ').trim();
  const surname = '([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)';
  const short = new RegExp(`^${surname} ?([А-ЯЁ])\\. ?(?:([А-ЯЁ])\\.?)?$`).exec(t);
  const initialsBefore = new RegExp(`^([А-ЯЁ])\\. ?(?:([А-ЯЁ])\\. ?)?${surname}$`).exec(t);
  const parts = short ? { surname: short[1], initials: [short[2], short[3]] } : initialsBefore ? { surname: initialsBefore[3], initials: [initialsBefore[1], initialsBefore[2]] } : null;
  if (parts) {
    const i = parts.initials.filter((x): x is string => x !== undefined).map((x) => `${x}.`).join(NBSP);
    return { listed: `${parts.surname}${NBSP}${i}`, signed: `${i}${NBSP}${parts.surname}` };
  }
  if (/^[А-ЯЁ][а-яё-]+ [А-ЯЁ][а-яё-]+(?: [А-ЯЁ]?[а-яё-]+)*$/.test(t)) return { listed: surnameFirst(t), signed: initialsFirst(t) };
  return { listed: t, signed: t };
}

// ——— The document ———

const orBlank = (text: string): string => (text.trim() === '' ? BLANK : text.trim());

/** The protocol's number: typed in «Мероприятия», else the one «Настройки» gives the adopting council; '' when neither. */
function protocolNumber(input: ProtocolInput): string {
  const typed = input.event.number.trim();
  if (typed !== '') return typed;
  return input.council && input.council.date === input.event.date && regulationAtMeeting(input.settings, input.event, input.council).kind === 'adopts' ? input.council.number : '';
}

const presentCountOf = (input: ProtocolInput): number | null => input.event.presentCount ?? (input.present.length > 0 ? input.present.length : null);

/** What the coordinator should put right or fill in, in Russian: said with the document's link, never printed in it. */
export function protocolProblems(input: ProtocolInput): string[] {
  const problems: string[] = [];
  const vote = voteOf(input.event, presentCountOf(input));
  if (vote.problem) problems.push(vote.problem);
  const regulation = regulationAtMeeting(input.settings, input.event, input.council);
  const typedNumber = input.event.number.trim();
  if (regulation.kind === 'adopts' && input.council && typedNumber !== '' && typedNumber !== input.council.number) {
    problems.push(`${input.event.id}: № протокола «${typedNumber}» в «Мероприятия» и «${input.council.number}» в «Настройках» (протокол, принявший Положение) различаются — исправьте один из них.`);
  }
  if (regulation.kind === 'adopts' && !input.council) {
    problems.push(
      `${input.event.id}: этот педагогический совет принимает Положение — впишите дату и № протокола в «Настройки» («Документы: протокол педагогического совета, принявшего Положение»), Положение ставит их в отметку «ПРИНЯТО».`,
    );
  }
  return problems;
}

export function protocolDocument(input: ProtocolInput): DocumentModel {
  const { settings, event } = input;
  const info = KINDS[event.kind];
  const chairDefault = info.chairedBy === 'director' ? settings.directorName : settings.coordinatorName;
  const chair = event.chair.trim() !== '' ? typedPerson(event.chair) : { listed: surnameFirst(chairDefault), signed: initialsFirst(chairDefault) };
  const secretary = event.secretary.trim() !== '' ? typedPerson(event.secretary) : null;
  const presentCount = presentCountOf(input);
  const listed = [settings.coordinatorName, settings.directorName, ...input.present.map((a) => a.fullName), ...input.absent.map((a) => a.fullName)];
  const absentCount = event.absentCount ?? (input.present.length > 0 || input.absent.length > 0 ? input.absent.length : null);
  const list = items(input);
  const speakers = typedItems(event.speakers);
  const vote = voteOf(event, presentCount);
  // A blank number is the secretary's to write: «№ _____» kept on one line.
  const number = `№${NBSP}${orBlank(protocolNumber(input))}`;
  // ГОСТ Р 7.0.97-2016 п. 5.14: a document's date in digits is ДД.ММ.ГГГГ, with no «г.».
  const dated = `от ${formatRussianDate(event.date)}`;

  const blocks: Block[] = [
    pAligned('center', settings.schoolFullName),
    h1(`ПРОТОКОЛ ${number}`),
    pAligned('center', info.protocolOf),
    pAligned('left', dated),
    p(bold('Дата проведения: '), formatLongRussianDate(event.date)),
    p(bold('Место проведения: '), orBlank(event.place)),
    p(bold('Председатель: '), chair.listed),
    p(bold('Секретарь: '), secretary ? secretary.listed : BLANK),
    p(bold('Присутствовали: '), presentCount === null ? `${BLANK} чел.` : `${presentCount} чел.`, input.present.length > 0 ? ' (лист регистрации прилагается)' : event.audience ? ` (${event.audience})` : ''),
    p(bold('Отсутствовали: '), absentCount === null ? `${BLANK} чел.` : `${absentCount} чел.`, input.absent.length > 0 ? `: ${input.absent.map((a) => distinctName(a.fullName, listed)).join(', ')}` : ''),
    p(bold('Повестка дня:')),
    numbered(...list.map((item) => item.question)),
  ];
  list.forEach((item, i) => {
    blocks.push(
      p(bold(`${i + 1}. СЛУШАЛИ: `), orBlank(item.heard)),
      p(bold('ВЫСТУПИЛИ: '), orBlank(speakers[i] ?? '')),
      p(bold('РЕШИЛИ: '), orBlank(item.decided)),
      p(bold('ГОЛОСОВАЛИ: '), vote.line),
    );
  });
  blocks.push({
    kind: 'signatures',
    lines: [
      { role: 'Председатель', name: chair.signed },
      { role: 'Секретарь', name: secretary ? secretary.signed : BLANK },
    ],
  });
  if (input.present.length > 0) {
    blocks.push(
      pAligned('right', `Приложение к протоколу ${number} ${dated}`),
      pAligned('center', bold('Лист регистрации')),
      // A council hears the whole staff before anyone is a mentor or a mentee (the banks are formed after it): no
      // programme roles there; the sessions and the year's end list people by the part they take.
      event.kind === 'педагогический совет'
        ? table(['№', 'ФИО', 'Подпись'], input.present.map((a, i) => [String(i + 1), distinctName(a.fullName, listed), '']))
        : table(['№', 'ФИО', 'Участие', 'Подпись'], input.present.map((a, i) => [String(i + 1), distinctName(a.fullName, listed), a.role, ''])),
    );
  }
  return typesetModel({
    fileName: `Протокол ${info.protocolOf} от ${formatRussianDate(event.date)} (${event.id}) — ${settings.schoolShortName} — ${yearDigits(settings)}`,
    blocks,
  });
}
