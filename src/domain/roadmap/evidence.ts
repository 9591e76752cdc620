/**
 * What happened for each roadmap stage, from the programme's facts: acts made, events held with their
 * protocols, the banks, the selection and training, the pairs and their programmes, the publications.
 * One source for the roadmap sheet's «Подтверждение», the sidebar and the status report.
 */
import { formatRussianDate } from '../dates';
import { plural } from '../documents/phrases';

/** A stage by what it is about, so an imported or renumbered roadmap still finds its evidence. */
export type StageKind = 'acts' | 'teachers' | 'parents' | 'students' | 'mentees' | 'mentors' | 'selection' | 'pairs' | 'completion' | 'website' | 'other';

/**
 * A piece of a line; with `url` it is a named link («Приказ о внедрении…»), never a raw URL. A line reads as a whole
 * phrase with its links or without them: a document (evidenceProse) keeps the names and drops the addresses.
 */
export interface EvidencePart {
  readonly text: string;
  readonly url?: string;
}
export type EvidenceLine = readonly EvidencePart[];

export interface StageEvidence {
  /** complete: the stage's result exists; partial: begun; none: nothing yet. */
  readonly level: 'complete' | 'partial' | 'none';
  readonly lines: readonly EvidenceLine[];
  /** What is still missing, in Russian, when partial («не оформлен протокол: Педагогический совет»). */
  readonly missing: readonly string[];
  /** The stage's work goes on all year (the pairs' work, the website): complete evidence means «идёт» until its end. */
  readonly continuous: boolean;
}

export interface EventFact {
  /** «М-001»: the event's row in «Публикации» (absent in older facts). */
  readonly id?: string;
  readonly stage: string;
  readonly title: string;
  readonly date: string;
  readonly status: string;
  readonly minutes: string;
  readonly publication: string;
}

export interface ProgrammeFacts {
  /** The programme's school year (2022 for 2022–2023), when set up: planned dates without a year are read in it. */
  readonly schoolYearStart?: number;
  /** School documents made (the registry's «Документ: …» rows): item, label, link, PDF for the site. */
  readonly documents: readonly { readonly item: string; readonly label: string; readonly url: string }[];
  /** «PDF для сайта: …» rows. */
  readonly sitePdfs: readonly { readonly label: string; readonly url: string }[];
  readonly events: readonly EventFact[];
  /** «Публикации» rows (news drafts and site PDFs), when the sheet exists; else the events' own columns decide. */
  readonly publications?: readonly { readonly ref: string; readonly kind: string; readonly title: string; readonly published: string; readonly url: string }[];
  /** Bank rows with consent. */
  readonly mentees: number;
  readonly mentors: number;
  readonly trainedMentorIds: readonly string[];
  /** Suggestion rows in «Подбор». */
  readonly selectionRows: number;
  /** With the pairs' meeting columns (computed from «Встречи»): meetings counted, and the stall flag when raised. */
  readonly pairs: readonly {
    readonly id: string;
    readonly status: string;
    readonly mentorId: string;
    readonly programme: string;
    readonly meetings?: number;
    readonly attention?: string;
  }[];
  readonly waitingMentees: number;
  /** The questionnaires' published links, by label. */
  readonly forms: readonly { readonly label: string; readonly url: string }[];
}

const KIND_RULES: readonly [StageKind, RegExp][] = [
  ['completion', /завершени|итог|мониторинг|круглого стола|конференц/],
  ['website', /информационн[а-я]* поддержк|сайт|освещени|сми\b/],
  ['mentees', /банк[а-я]* (?:данных )?наставляемых/],
  ['mentors', /банк[а-я]* (?:данных )?наставников/],
  ['selection', /отбор|обучени[а-я]* наставников|обучение$|школ[а-я]* наставник/],
  ['pairs', /наставнических пар|пар\/групп|пар и групп|работы пар|пар \(групп\)/],
  ['parents', /родител/],
  ['students', /обучающихся|учащихся|ученическ/],
  ['teachers', /педагогическ[а-я]* (?:сообществ|совет|коллектив)/],
  ['acts', /нормативн|локальн|подготовка условий|приказ|положени/],
];

/** The stage's kind from its title, else its content («Подготовка условий…» / «…нормативных правовых актов…»). */
export function stageKind(title: string, content = ''): StageKind {
  for (const text of [title, content]) {
    const t = text.toLowerCase().replace(/ё/g, 'е');
    for (const [kind, rule] of KIND_RULES) if (rule.test(t)) return kind;
  }
  return 'other';
}

const ACT_ITEMS = ['order', 'regulation', 'programme'] as const;
/** The local acts by their titles, when they are missing. */
const ACT_NAMES: Record<(typeof ACT_ITEMS)[number], string> = {
  order: 'Приказ о внедрении программы наставничества',
  regulation: 'Положение о программе наставничества',
  programme: 'Программа наставничества',
};
const CONTINUOUS: readonly StageKind[] = ['pairs', 'website', 'mentors'];

export function stageEvidence(kind: StageKind, stageNumber: string, facts: ProgrammeFacts): StageEvidence {
  const own = facts.events.filter((e) => eventStage(e.stage) === stageNumber.trim());
  const eventPart = eventEvidence(own);
  const base = ((): { level: StageEvidence['level']; lines: EvidenceLine[]; missing: string[] } => {
    switch (kind) {
      case 'acts': {
        const made = ACT_ITEMS.map((item) => facts.documents.find((d) => d.item === item)).filter((d) => d !== undefined);
        const lines: EvidenceLine[] = made.length > 0 ? [namedDocuments(made)] : [];
        const absent = ACT_ITEMS.filter((item) => !made.some((d) => d.item === item));
        const names = absent.map((i) => `«${ACT_NAMES[i]}»`).join(', ');
        const missing = absent.length === 0 ? [] : [absent.length === 1 ? `не составлен документ ${names}` : `не составлены документы: ${names}`];
        return { level: made.length === ACT_ITEMS.length ? 'complete' : made.length > 0 ? 'partial' : 'none', lines, missing };
      }
      case 'mentees':
      case 'mentors': {
        const count = kind === 'mentees' ? facts.mentees : facts.mentors;
        const form = facts.forms.find((f) => (kind === 'mentees' ? /наставляем/i.test(f.label) : /наставник/i.test(f.label) && !/наставляем/i.test(f.label)));
        const people = kind === 'mentees' ? MENTEES : MENTORS;
        const lines: EvidenceLine[] = [
          [{ text: count > 0 ? `В банке ${count} ${people.count(count)} с согласием на обработку персональных данных` : `В банке пока нет ${people.many} с согласием на обработку персональных данных` }],
        ];
        if (form) lines.push([{ text: `Анкета для ${people.many}`, url: form.url }, { text: ' опубликована' }]);
        return { level: count > 0 ? 'complete' : form ? 'partial' : 'none', lines, missing: count > 0 ? [] : [`в банке нет ${people.many} с согласием на обработку персональных данных`] };
      }
      case 'selection': {
        const active = facts.pairs.filter((p) => p.status === 'действует');
        const mentorsInPairs = [...new Set(active.map((p) => p.mentorId).filter((id) => id !== ''))];
        const trained = mentorsInPairs.filter((id) => facts.trainedMentorIds.includes(id));
        const lines: EvidenceLine[] = [
          [{ text: active.length > 0 ? `${plural(active.length, 'Закреплена', 'Закреплены', 'Закреплено')} ${pairsCount(active.length)}` : 'Наставнические пары (группы) пока не закреплены' }],
          ...(facts.selectionRows > 0
            ? [[{ text: `${plural(facts.selectionRows, 'Ожидает', 'Ожидают', 'Ожидают')} решения куратора ${facts.selectionRows} ${plural(facts.selectionRows, 'предложение', 'предложения', 'предложений')} подбора` }]]
            : []),
          [{ text: `${trainedPhrase(facts.trainedMentorIds.length)}${mentorsInPairs.length > 0 ? `, в том числе ${trained.length} из ${mentorsInPairs.length} ${ofCount(mentorsInPairs.length, 'наставника, работающего в паре (группе)', 'наставников, работающих в парах (группах)')}` : ''}` }],
        ];
        const selected = active.length > 0 || facts.selectionRows > 0;
        const allTrained = mentorsInPairs.length > 0 && trained.length === mentorsInPairs.length;
        const missing = [...(selected ? [] : ['подбор наставников не проводился']), ...(allTrained ? [] : ['не все наставники прошли обучение'])];
        return { level: selected && allTrained ? 'complete' : selected || facts.trainedMentorIds.length > 0 ? 'partial' : 'none', lines, missing };
      }
      case 'pairs': {
        const active = facts.pairs.filter((p) => p.status === 'действует');
        const withProgramme = active.filter((p) => p.programme !== '');
        const order = facts.documents.find((d) => d.item === 'pairsOrder');
        const met = active.filter((p) => (p.meetings ?? 0) > 0);
        const stalled = active.filter((p) => (p.attention ?? '') !== '');
        const without = active.length - withProgramme.length;
        const lines: EvidenceLine[] = [
          [
            {
              text:
                active.length > 0
                  ? `${plural(active.length, 'Действует', 'Действуют', 'Действуют')} ${pairsCount(active.length)}; ` +
                    (withProgramme.length > 0 ? `персонализированные программы составлены для ${withProgramme.length} из них` : 'персонализированные программы пока не составлены')
                  : 'Действующих наставнических пар (групп) нет',
            },
          ],
          ...(active.length > 0
            ? [
                [
                  {
                    text:
                      (met.length > 0 ? `Встречи проведены в ${met.length} из ${active.length} ${ofCount(active.length, 'пары (группы)', 'пар (групп)')}` : 'Встреч в парах (группах) пока не было') +
                      (stalled.length > 0 ? `; требуют внимания (нет встреч): ${stalled.map((p) => p.id).join(', ')}` : ''),
                  },
                ],
              ]
            : []),
          ...(facts.waitingMentees > 0
            ? [[{ text: `${plural(facts.waitingMentees, 'Ожидает', 'Ожидают', 'Ожидают')} наставника ${facts.waitingMentees} ${MENTEES.count(facts.waitingMentees)}` }]]
            : []),
          ...(order ? [namedDocuments([order])] : []),
        ];
        const complete = active.length > 0 && without === 0;
        const missing = [
          ...(active.length === 0 ? ['наставнические пары (группы) не закреплены'] : complete ? [] : [`нет персонализированной программы у ${without} ${ofCount(without, 'пары (группы)', 'пар (групп)')}`]),
          // A stalled pair is the work not going as planned: said, though the stage's result (pairs with programmes) stands.
          ...(stalled.length > 0 ? [`нет встреч в ${ofCount(stalled.length, 'паре (группе)', 'парах (группах)')} ${stalled.map((p) => p.id).join(', ')}`] : []),
        ];
        return { level: complete ? 'complete' : active.length > 0 ? 'partial' : 'none', lines, missing };
      }
      case 'completion': {
        const ended = facts.pairs.filter((p) => p.status === 'завершена').length;
        const text = `${plural(ended, 'Завершена', 'Завершены', 'Завершено')} ${pairsCount(ended)}`;
        return { level: ended > 0 ? 'partial' : 'none', lines: ended > 0 ? [[{ text }]] : [], missing: [] };
      }
      case 'website': {
        if (facts.publications && facts.publications.length > 0) return publicationsEvidence(facts);
        const published = facts.events.filter((e) => e.publication !== '');
        const held = facts.events.filter((e) => e.status === 'проведено');
        const lines: EvidenceLine[] = [
          ...published.map((e): EvidenceLine => linkOrText(`Публикация: ${e.title}`, e.publication)),
          ...facts.sitePdfs.map((p): EvidenceLine => [{ text: p.label, url: p.url }]),
        ];
        const unpublished = held.filter((e) => e.publication === '');
        const any = lines.length > 0;
        return {
          level: any && unpublished.length === 0 ? 'complete' : any ? 'partial' : 'none',
          lines,
          missing: unpublished.length > 0 ? [`не опубликовано: ${unpublished.map((e) => e.title).join('; ')}`] : any ? [] : ['публикаций на сайте нет'],
        };
      }
      default:
        return { level: 'none', lines: [], missing: [] };
    }
  })();
  // Stages 2–4 (and any stage of the coordinator's own) rest on their events; others list theirs as well.
  const eventsDecide = kind === 'teachers' || kind === 'parents' || kind === 'students' || kind === 'other';
  const level = eventsDecide ? eventPart.level : kind === 'completion' ? strongest(base.level, eventPart.level === 'complete' ? 'partial' : eventPart.level) : base.level;
  return {
    level,
    lines: [...base.lines, ...eventPart.lines],
    missing: [...(eventsDecide || kind === 'completion' ? [] : base.missing), ...(eventsDecide ? eventPart.missing : [])],
    continuous: CONTINUOUS.includes(kind),
  };
}

/** «2», «2.1», «Этап 2» → «2»: an event tied to a sub-item belongs to its stage. */
export function eventStage(stage: string): string {
  const m = /(\d+)/.exec(stage);
  return m ? m[1] : stage.trim();
}

function eventEvidence(events: readonly EventFact[]): { level: StageEvidence['level']; lines: EvidenceLine[]; missing: string[] } {
  const held = events.filter((e) => e.status === 'проведено');
  const planned = events.filter((e) => e.status === 'запланировано');
  const lines: EvidenceLine[] = [
    ...held.map((e): EvidenceLine => [
      { text: `Проведено: ${e.title}${e.date ? ` (${formatRussianDate(e.date)})` : ''}` },
      ...(e.minutes === '' ? [{ text: '; протокол не оформлен' }] : isUrl(e.minutes) ? [{ text: '; оформлен ' }, { text: 'протокол', url: e.minutes.trim() }] : [{ text: `; протокол: ${e.minutes}` }]),
    ]),
    ...planned.map((e): EvidenceLine => [{ text: `Запланировано: ${e.title}${e.date ? ` (${formatRussianDate(e.date)})` : ''}` }]),
  ];
  const withMinutes = held.filter((e) => e.minutes !== '');
  const missing = held.filter((e) => e.minutes === '').map((e) => `не оформлен протокол: ${e.title}`);
  const level = withMinutes.length > 0 && planned.length === 0 && missing.length === 0 ? 'complete' : held.length > 0 ? 'partial' : 'none';
  if (events.length === 0) missing.push('мероприятие не запланировано');
  else if (held.length === 0) missing.push('мероприятие ещё не проведено');
  return { level, lines, missing };
}

/** Stage 10 from «Публикации»: a row is published once the coordinator typed its site link or date. */
function publicationsEvidence(facts: ProgrammeFacts): { level: StageEvidence['level']; lines: EvidenceLine[]; missing: string[] } {
  const rows = facts.publications ?? [];
  const done = rows.filter((p) => p.url !== '' || p.published !== '');
  const pending = rows.filter((p) => p.url === '' && p.published === '');
  // A held event not yet in the log (the log is refreshed with the roadmap) is still to publish.
  const logged = new Set(rows.map((p) => p.ref));
  const heldOutside = facts.events.filter((e) => e.status === 'проведено' && !logged.has(e.id ?? '') && e.publication === '');
  const lines: EvidenceLine[] = [
    [{ text: publishedCount(done.length, rows.length + heldOutside.length) }],
    ...done.map((p): EvidenceLine => {
      const label = `${p.kind === 'новость' ? 'Новость' : 'PDF'}: ${p.title}${p.published ? ` (${p.published})` : ''}`;
      return p.url !== '' ? linkOrText(label, p.url) : [{ text: label }];
    }),
  ];
  const titles = [...pending.map((p) => p.title), ...heldOutside.map((e) => e.title)];
  return {
    level: done.length > 0 && titles.length === 0 ? 'complete' : rows.length > 0 ? 'partial' : 'none',
    lines,
    missing: titles.length > 0 ? [`не опубликовано: ${titles.join('; ')}`] : [],
  };
}

const isUrl = (value: string): boolean => /^https?:\/\/\S+$/.test(value.trim());

/** A named link when the cell holds a URL, else the text as typed. */
function linkOrText(label: string, value: string): EvidenceLine {
  return isUrl(value) ? [{ text: label, url: value.trim() }] : [{ text: `${label}: ${value}` }];
}

/** «Составлены документы: «Приказ …», «Положение …»», each name its document's link. */
function namedDocuments(documents: readonly { readonly label: string; readonly url: string }[]): EvidenceLine {
  const head = documents.length === 1 ? 'Составлен документ: ' : 'Составлены документы: ';
  return [{ text: head }, ...documents.flatMap((d, i) => [...(i > 0 ? [{ text: ', ' }] : []), { text: '«' }, { text: d.label, url: d.url }, { text: '»' }])];
}

/** The people of a bank: the count's word (1 наставник, 2 наставника, 5 наставников) and the genitive plural. */
const MENTORS = { count: (n: number) => plural(n, 'наставник', 'наставника', 'наставников'), many: 'наставников' };
// «Наставляемый» is an adjective made a noun: 2 and 5 alike take the genitive plural.
const MENTEES = { count: (n: number) => plural(n, 'наставляемый', 'наставляемых', 'наставляемых'), many: 'наставляемых' };

/** «1 наставническая пара (группа)», «3 наставнические пары (группы)», «29 наставнических пар (групп)». */
function pairsCount(n: number): string {
  return `${n} ${plural(n, 'наставническая пара (группа)', 'наставнические пары (группы)', 'наставнических пар (групп)')}`;
}

/** After «из N» the genitive: the singular after 1, 21, …, the plural otherwise («из 1 пары», «из 3 пар»). */
function ofCount(n: number, one: string, other: string): string {
  return plural(n, one, other, other);
}

/** «Обучение прошли 22 наставника», «Обучение прошёл 1 наставник», «Обучение пока не прошёл ни один наставник». */
function trainedPhrase(n: number): string {
  if (n === 0) return 'Обучение пока не прошёл ни один наставник';
  return `Обучение ${plural(n, 'прошёл', 'прошли', 'прошли')} ${n} ${MENTORS.count(n)}`;
}

/** «Опубликовано 2 из 5 материалов», «Опубликован 1 из 1 материала». */
function publishedCount(done: number, total: number): string {
  return `${plural(done, 'Опубликован', 'Опубликовано', 'Опубликовано')} ${done} из ${total} ${ofCount(total, 'материала', 'материалов')}`;
}

function strongest(a: StageEvidence['level'], b: StageEvidence['level']): StageEvidence['level'] {
  const order = ['none', 'partial', 'complete'];
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

/** The evidence as one cell's text and its links' offsets (for a rich-text cell). */
export function evidenceCell(lines: readonly EvidenceLine[]): { text: string; links: { start: number; end: number; url: string }[] } {
  let text = '';
  const links: { start: number; end: number; url: string }[] = [];
  lines.forEach((line, i) => {
    if (i > 0) text += '\n';
    for (const part of line) {
      if (part.url) links.push({ start: text.length, end: text.length + part.text.length, url: part.url });
      text += part.text;
    }
  });
  return { text, links };
}

/** The evidence as plain lines where links cannot be followed by a click (the sidebar's hints): a link's label followed by its address. */
export function evidenceText(lines: readonly EvidenceLine[]): string[] {
  return lines.map((line) => line.map((p) => (p.url ? `${p.text}: ${p.url}` : p.text)).join(''));
}

/**
 * The evidence as a document's sentences: each piece by its name (a document, a protocol, a questionnaire), no
 * addresses — a report the director signs names what was done, a raw URL is not text (DocumentModel has no links).
 */
export function evidenceProse(lines: readonly EvidenceLine[]): string[] {
  return lines.map((line) => line.map((p) => p.text).join(''));
}
