/**
 * A news draft for the school site about a held event (stage 10): headline, lead, text from the event and its
 * protocol, a place for photos. No personal data of students; staff are not named (publishing a name needs its
 * own consent, ст. 10.1 152-ФЗ) — the coordinator adds what the consents allow.
 */
import { formatLongRussianDate } from '../dates';
import { KINDS } from '../events/kinds';
import type { ProgrammeSettings } from '../programme';
import { bold, type DocumentModel, h1, italic, p, pAligned } from './model';
import { school, yearDigits, yearLabel } from './phrases';
import { type EventFacts, typedItems } from './protocol';

export function newsDraftDocument(settings: ProgrammeSettings, event: EventFacts): DocumentModel {
  const info = KINDS[event.kind];
  const when = formatLongRussianDate(event.date);
  const count = event.presentCount !== null ? ` Участвовали ${event.presentCount} чел.` : '';
  const decisions = typedItems(event.decisions);
  return {
    fileName: `Новость: ${event.title} (${event.id}) — ${settings.schoolShortName} — ${yearDigits(settings)}`,
    blocks: [
      pAligned('left', italic('Черновик новости для сайта школы. Проверьте текст; имена и фотографии — только с согласием на распространение.')),
      h1(event.title, 'left'),
      p(bold(`${when} в ${school(settings)} состоялось ${info.happened}.`), ` Мероприятие проведено в рамках программы наставничества на ${yearLabel(settings)}.`),
      p(`${event.audience ? `Участники: ${event.audience}.` : ''}${count}${event.place ? ` Место проведения: ${event.place}.` : ''}`.trim() || ' '),
      p(`Обсуждались вопросы: ${typedItems(event.agenda).join('; ') || event.title}.`),
      p(decisions.length > 0 ? `Решено: ${decisions.join('; ')}.` : 'Участники приняли информацию к сведению.'),
      p(italic('[Место для фотографий: 2–3 снимка без лиц обучающихся или с согласием на распространение]')),
    ],
  };
}
