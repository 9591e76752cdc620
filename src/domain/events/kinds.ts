/**
 * What each kind of event is in the roadmap: the words that name it in a stage's content, who comes, and
 * how its protocol is headed. One table, so planning, protocols, training and news read a kind the same way.
 */
import { EVENT_KINDS } from '../tables';

export type EventKind = (typeof EVENT_KINDS)[number];

export interface KindInfo {
  readonly kind: EventKind;
  /** How the roadmap's content names it (seed, stages 2, 3, 4, 7, 9). */
  readonly roadmapWords: RegExp | null;
  /** «ПРОТОКОЛ № … заседания педагогического совета». */
  readonly protocolOf: string;
  /** «состоялось заседание педагогического совета» (news). */
  readonly happened: string;
  /** Staff come by name (from the banks); parents and students are counted. */
  readonly staff: boolean;
  /** Who leads it by default: the director chairs the council, the coordinator everything else. */
  readonly chairedBy: 'director' | 'coordinator';
}

export const KINDS: Readonly<Record<EventKind, KindInfo>> = {
  'педагогический совет': {
    kind: 'педагогический совет',
    roadmapWords: /педагогическ\S*\s+совет/i,
    protocolOf: 'заседания педагогического совета',
    happened: 'заседание педагогического совета',
    staff: true,
    chairedBy: 'director',
  },
  'родительское собрание': {
    kind: 'родительское собрание',
    roadmapWords: /родительск\S*\s+собран/i,
    protocolOf: 'родительского собрания',
    happened: 'родительское собрание',
    staff: false,
    chairedBy: 'coordinator',
  },
  'ученический совет': {
    kind: 'ученический совет',
    roadmapWords: /ученическ\S*\s+совет|совет\S*\s+обучающихся/i,
    protocolOf: 'заседания Ученического совета',
    happened: 'заседание Ученического совета',
    staff: false,
    chairedBy: 'coordinator',
  },
  'установочная сессия наставников': {
    kind: 'установочная сессия наставников',
    roadmapWords: /установочн\S*\s+сесси/i,
    protocolOf: 'установочной сессии наставников',
    happened: 'установочная сессия наставников',
    staff: true,
    chairedBy: 'coordinator',
  },
  'конференция или семинар': {
    kind: 'конференция или семинар',
    roadmapWords: /конференци|семинар/i,
    protocolOf: 'школьной конференции (семинара) по итогам программы наставничества',
    happened: 'школьная конференция (семинар) по итогам программы наставничества',
    staff: true,
    chairedBy: 'coordinator',
  },
  'круглый стол': {
    kind: 'круглый стол',
    roadmapWords: /кругл\S*\s+стол/i,
    protocolOf: 'итогового круглого стола по выявлению лучших практик наставничества',
    happened: 'итоговый круглый стол по выявлению лучших практик наставничества',
    staff: true,
    chairedBy: 'coordinator',
  },
  другое: {
    kind: 'другое',
    roadmapWords: null,
    protocolOf: 'мероприятия программы наставничества',
    happened: 'мероприятие программы наставничества',
    staff: true,
    chairedBy: 'coordinator',
  },
};

/** The kind as the list spells it, whatever the case and spaces typed; null when it is none of them. */
export function eventKindOf(text: string): EventKind | null {
  const normal = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return EVENT_KINDS.find((k) => k === normal) ?? null;
}
