/**
 * What happened for each roadmap stage, from the programme's facts: acts made, events held with their
 * protocols, the banks, the selection and training, the pairs and their programmes, the publications.
 * One source for the roadmap sheet's «Подтверждение», the sidebar and the status report.
 */
import { formatRussianDate } from '../dates';

/** A stage by what it is about, so an imported or renumbered roadmap still finds its evidence. */
export type StageKind = 'acts' | 'teachers' | 'parents' | 'students' | 'mentees' | 'mentors' | 'selection' | 'pairs' | 'completion' | 'website' | 'other';

/** A piece of a line; with `url` it is a named link («Приказ о внедрении…»), never a raw URL. */
export interface EvidencePart {
  readonly text: string;
  readonly url?: string;
}
export type EvidenceLine = readonly EvidencePart[];

export interface StageEvidence {
  /** complete: the stage's result exists; partial: begun; none: nothing yet. */
  readonly level: 'complete' | 'partial' | 'none';
  readonly lines: readonly EvidenceLine[];
  /** What is still missing, in Russian, when partial («нет протокола: Педагогический совет»). */
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
const CONTINUOUS: readonly StageKind[] = ['pairs', 'website', 'mentors'];

export function stageEvidence(kind: StageKind, stageNumber: string, facts: ProgrammeFacts): StageEvidence {
  const own = facts.events.filter((e) => eventStage(e.stage) === stageNumber.trim());
  const eventPart = eventEvidence(own);
  const base = ((): { level: StageEvidence['level']; lines: EvidenceLine[]; missing: string[] } => {
    switch (kind) {
      case 'acts': {
        const made = ACT_ITEMS.map((item) => facts.documents.find((d) => d.item === item)).filter((d) => d !== undefined);
        const lines: EvidenceLine[] = made.map((d) => [{ text: d.label, url: d.url }]);
        const missing = ACT_ITEMS.length > made.length ? ['не все акты составлены: «Документы…» → нормативные документы'] : [];
        return { level: made.length === ACT_ITEMS.length ? 'complete' : made.length > 0 ? 'partial' : 'none', lines, missing };
      }
      case 'mentees':
      case 'mentors': {
        const count = kind === 'mentees' ? facts.mentees : facts.mentors;
        const form = facts.forms.find((f) => (kind === 'mentees' ? /наставляем/i.test(f.label) : /наставник/i.test(f.label) && !/наставляем/i.test(f.label)));
        const lines: EvidenceLine[] = [[{ text: `${kind === 'mentees' ? 'Наставляемых' : 'Наставников'} в банке с согласием на обработку ПДн: ${count}` }]];
        if (form) lines.push([{ text: 'анкета', url: form.url }]);
        return { level: count > 0 ? 'complete' : form ? 'partial' : 'none', lines, missing: count > 0 ? [] : ['в банке пока никого'] };
      }
      case 'selection': {
        const active = facts.pairs.filter((p) => p.status === 'действует');
        const mentorsInPairs = [...new Set(active.map((p) => p.mentorId).filter((id) => id !== ''))];
        const trained = mentorsInPairs.filter((id) => facts.trainedMentorIds.includes(id));
        const lines: EvidenceLine[] = [
          [{ text: `Подбор: предложений ${facts.selectionRows}, закреплено пар и групп ${active.length}` }],
          [{ text: `Наставников, прошедших обучение: ${facts.trainedMentorIds.length}${mentorsInPairs.length > 0 ? ` (из работающих в парах: ${trained.length} из ${mentorsInPairs.length})` : ''}` }],
        ];
        const selected = active.length > 0 || facts.selectionRows > 0;
        const allTrained = mentorsInPairs.length > 0 && trained.length === mentorsInPairs.length;
        const missing = [...(selected ? [] : ['подбор не проводился']), ...(allTrained ? [] : ['не все наставники прошли обучение'])];
        return { level: selected && allTrained ? 'complete' : selected || facts.trainedMentorIds.length > 0 ? 'partial' : 'none', lines, missing };
      }
      case 'pairs': {
        const active = facts.pairs.filter((p) => p.status === 'действует');
        const withProgramme = active.filter((p) => p.programme !== '');
        const order = facts.documents.find((d) => d.item === 'pairsOrder');
        const met = active.filter((p) => (p.meetings ?? 0) > 0);
        const stalled = active.filter((p) => (p.attention ?? '') !== '');
        const lines: EvidenceLine[] = [
          [{ text: `Действующих пар и групп: ${active.length}; персонализированных программ: ${withProgramme.length}` }],
          ...(active.length > 0
            ? [[{ text: `Встречи: провели встречи ${met.length} из ${active.length}; требуют внимания: ${stalled.length}${stalled.length > 0 ? ` (${stalled.map((p) => p.id).join(', ')})` : ''}` }]]
            : []),
          ...(facts.waitingMentees > 0 ? [[{ text: `Наставляемых в поиске наставника: ${facts.waitingMentees}` }]] : []),
          ...(order ? [[{ text: order.label, url: order.url }]] : []),
        ];
        const complete = active.length > 0 && withProgramme.length === active.length;
        const missing = [
          ...(active.length === 0 ? ['пары не закреплены'] : complete ? [] : [`без программы: ${active.length - withProgramme.length}`]),
          // A stalled pair is the work not going as planned: said, though the stage's result (pairs with programmes) stands.
          ...(stalled.length > 0 ? [`требуют внимания (нет встреч): ${stalled.map((p) => p.id).join(', ')}`] : []),
        ];
        return { level: complete ? 'complete' : active.length > 0 ? 'partial' : 'none', lines, missing };
      }
      case 'completion': {
        const ended = facts.pairs.filter((p) => p.status === 'завершена').length;
        return { level: ended > 0 ? 'partial' : 'none', lines: ended > 0 ? [[{ text: `Завершённых пар и групп: ${ended}` }]] : [], missing: [] };
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
          missing: unpublished.length > 0 ? [`не опубликовано: ${unpublished.map((e) => e.title).join('; ')}`] : any ? [] : ['публикаций нет'],
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
      ...(e.minutes !== '' ? [{ text: ', ' }, ...linkOrText('протокол', e.minutes)] : [{ text: ', протокола нет' }]),
    ]),
    ...planned.map((e): EvidenceLine => [{ text: `Запланировано: ${e.title}${e.date ? ` (${formatRussianDate(e.date)})` : ''}` }]),
  ];
  const withMinutes = held.filter((e) => e.minutes !== '');
  const missing = held.filter((e) => e.minutes === '').map((e) => `нет протокола: ${e.title}`);
  const level = withMinutes.length > 0 && planned.length === 0 && missing.length === 0 ? 'complete' : held.length > 0 ? 'partial' : 'none';
  if (events.length === 0) missing.push('мероприятие не внесено в «Мероприятия»');
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
    [{ text: `Публикации: опубликовано ${done.length} из ${rows.length + heldOutside.length}` }],
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

/** A named link when the cell holds a URL, else the text as typed. */
function linkOrText(label: string, value: string): EvidenceLine {
  return /^https?:\/\/\S+$/.test(value.trim()) ? [{ text: label, url: value.trim() }] : [{ text: `${label}: ${value}` }];
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

/** The evidence as plain lines for a document: a link's label followed by its address. */
export function evidenceText(lines: readonly EvidenceLine[]): string[] {
  return lines.map((line) => line.map((p) => (p.url ? `${p.text}: ${p.url}` : p.text)).join(''));
}
