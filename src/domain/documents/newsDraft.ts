/**
 * A news draft for the school site about a held event (stage 10): headline, lead, text from the event and its
 * protocol, a place for photos. No personal data of students; staff are not named (publishing a name needs its
 * own consent, ст. 10.1 152-ФЗ) — the coordinator adds what the consents allow. The questions and decisions are
 * the protocol's own (agendaQuestions, meetingDecisions), told as sentences, never the event's name echoed back.
 */
import { formatLongRussianDate } from '../dates';
import { KINDS } from '../events/kinds';
import { bold, type DocumentModel, h1, italic, p, pAligned } from './model';
import { school, typesetModel, yearDigits, yearLabel } from './phrases';
import { agendaQuestions, meetingDecisions, type ProtocolInput } from './protocol';

/** «О формировании банков.» → «о формировании банков»: a question as a part of a sentence. */
function inSentence(text: string): string {
  const t = text.trim().replace(/[.;]+$/, '');
  // A word in capitals («ИКТ…») keeps them; an ordinary first word goes lower-case inside the sentence.
  return /^[А-ЯЁA-Z](?![А-ЯЁA-Z])/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** «Рассмотрены вопросы о …; о …» when the questions are «О …» ones, «Темы: …» for anything else. */
export function questionsSentence(questions: readonly string[]): string {
  const parts = questions.map(inSentence).filter((q) => q !== '');
  if (parts.length === 0) return '';
  const about = parts.every((q) => /^об?о?\s/i.test(q));
  if (parts.length === 1) return about ? `Рассмотрен вопрос ${parts[0]}.` : `Тема: ${parts[0]}.`;
  return about ? `Рассмотрены вопросы ${parts.join('; ')}.` : `Темы: ${parts.join('; ')}.`;
}

/** A decision's sentences («Принять Положение. Рекомендовать …»); a full stop after a capital (an initial, «А. С.») does not end one. */
const sentences = (text: string): string[] => text.split(/(?<=[а-яё0-9»)])\.\s+(?=[А-ЯЁ])/);

const NOTED = /^принять (информацию )?к сведению$/i;

/** «Решено: принять …; педагогическим работникам …» — the protocol's decisions as one sentence. */
function decisionsSentence(decisions: readonly string[]): string {
  const parts = decisions.flatMap(sentences).map(inSentence).filter((d) => d !== '');
  const useful = parts.filter((d) => !NOTED.test(d));
  return useful.length === 0 ? 'Участники приняли информацию к сведению.' : `Решено: ${useful.join('; ')}.`;
}

export function newsDraftDocument(input: ProtocolInput): DocumentModel {
  const { settings, event } = input;
  const info = KINDS[event.kind];
  const when = formatLongRussianDate(event.date);
  const count = event.presentCount !== null ? ` Участвовали ${event.presentCount} чел.` : '';
  return typesetModel({
    fileName: `Новость: ${event.title} (${event.id}) — ${settings.schoolShortName} — ${yearDigits(settings)}`,
    blocks: [
      pAligned('left', italic('Черновик новости для сайта школы. Проверьте текст; имена и фотографии — только с согласием на распространение.')),
      h1(event.title, 'left'),
      p(bold(`${when} в ${school(settings)} состоялось ${info.happened}.`), ` Мероприятие проведено в рамках программы наставничества на ${yearLabel(settings)}.`),
      p(`${event.audience ? `Участники: ${event.audience}.` : ''}${count}${event.place ? ` Место проведения: ${event.place}.` : ''}`.trim() || ' '),
      p(questionsSentence(agendaQuestions(settings, event, input.council))),
      p(decisionsSentence(meetingDecisions(input))),
      p(italic('[Место для фотографий: 2–3 снимка без лиц обучающихся или с согласием на распространение]')),
    ],
  });
}
