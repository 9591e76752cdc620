/**
 * The mentee's own words on the difficulties («Опишите затруднения своими словами»): read for the requests
 * they name, so they become planned items; words that name none become a note to clarify with the mentor.
 */
import { normaliseWords } from '../../catalog';
import type { Difficulty } from './data';
import type { RawActivity } from './types';

/** Word stems that, in a teacher's own words, point to a request. Order matters: the first match wins ties. */
const CUES: readonly (readonly [Difficulty, readonly RegExp[]])[] = [
  ['управление классом и дисциплина', [/дисциплин/, /внимани/, /трудн\S* класс/, /поведени/, /шум/, /конфликт/, /управл\S* класс/]],
  ['работа с родителями', [/родител/]],
  ['цифровые инструменты', [/электронн\S* журнал/, /цифров/, /онлайн/, /компьютер/, /презентац/, /платформ/]],
  ['ФГОС и рабочие программы', [/фгос/, /рабоч\S* программ/, /тематическ\S* планир/, /ктп/]],
  ['подготовка к аттестации', [/аттестац/, /категори/, /портфолио/]],
  ['воспитательная работа', [/классн\S* руковод/, /классн\S* час/, /воспитат/]],
  ['обучающиеся с ОВЗ', [/овз/, /инклюзи/, /особ\S* образовательн/, /пмпк/, /аооп/]],
  ['проектная и исследовательская деятельность', [/проект/, /исследоват/]],
  ['подготовка обучающихся к ГИА и олимпиадам', [/огэ/, /егэ/, /гиа/, /олимпиад/, /экзамен/]],
  ['адаптация в коллективе', [/коллектив/, /адаптац/, /коллег/]],
  ['методика преподавания', [/урок/, /методик/, /объясн/, /технологическ\S* карт/]],
];

/** The words as they are quoted: spaces collapsed, without quotes or a final full stop of their own. */
export function ownWords(description: string): string {
  return description
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[«"„“]+|[»"”“]+$/g, '')
    .replace(/[.\s]+$/, '');
}

/** The requests the words point to, in the order of CUES; [] when they name none. */
export function requestsInWords(description: string): Difficulty[] {
  const text = normaliseWords(ownWords(description));
  if (text === '') return [];
  return CUES.filter(([, cues]) => cues.some((cue) => cue.test(text))).map(([request]) => request);
}

/** A planned item on the mentee's words (under the request they point to, which the plan's requests name). */
export function wordsItem(words: string): RawActivity {
  return {
    text: `Разбор затруднения «${words}»: ситуации из практики, подбор приёмов, проба на уроке`,
    result: 'Подобраны и опробованы приёмы для названного затруднения',
    check: 'Запись в журнале наставника',
  };
}

/** Words that point to no request: a conversation in the first month, which adds to the plan. */
export function clarifyItem(words: string): RawActivity {
  return {
    text: `Беседа с наставником о затруднении «${words}»: в чём оно проявляется, какие мероприятия добавить в план`,
    result: 'Затруднение уточнено, план дополнен',
    check: 'Запись в журнале наставника, дополнение к программе',
  };
}
