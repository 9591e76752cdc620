/**
 * One rule for a person's full name, shared by the settings (director, coordinator) and the questionnaires:
 * names are checked, never rewritten — a name's letters stay as the person typed them.
 */

/**
 * A full name as people write it: two to five words; a word may join parts with a hyphen or an apostrophe
 * (Салтыков-Щедрин, Д'Артаньян, Д’Анжело); a patronymic may end in a lower-case particle (Гусейн оглы, Ахмед кызы).
 */
const NAME_WORD = "(?:[А-ЯЁ][а-яё]+|[А-ЯЁ](?=['’ʼ]))(?:[-'’ʼ][А-ЯЁа-яё][а-яё]*)*";
/** Lower-case parts of a patronymic or a surname. */
export const NAME_PARTICLES: readonly string[] = ['оглы', 'кызы', 'угли', 'улы', 'уулу', 'ибн', 'фон', 'де', 'ван', 'дер', 'ди', 'да', 'ла', 'ле'];
const NAME_PARTICLE = `(?:${NAME_PARTICLES.join('|')})`;
const PERSON_NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${NAME_PARTICLE})){1,4}$`);

/** True for a full name in Russian letters as people write it (see above). */
export function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text);
}

/** Spaces tidied (a non-breaking space counts as one), nothing else: the letters stay as typed. */
export function tidyName(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
