/**
 * Whether a piece of text in an agenda line's trailing parentheses names a person.
 *
 * Agendas put many things in parentheses: presenters "(Timea Suto, Ross Creelman)", but
 * also durations "(10 min)", acronyms "(GDC)", notes "(tbc)", "(Draft)" and bodies
 * "(Leadership Panel)". A wrong guess turns a piece of the title into a new participant,
 * so the test is strict and a miss simply leaves the text in the title:
 * - two to six words: a lone word is as likely "(Secretariat)" as "(Chris)";
 * - no digits or symbols beyond the dots, apostrophes and hyphens names use;
 * - in scripts with case, the first word starts with a capital and is not an acronym;
 *   the others are capitalised, written in capitals ("Jean DUPONT"), initials ("J."),
 *   or particles ("de", "van", "dell'Accio", "al-Sabah");
 * - no word from the vocabulary of agenda titles ("Update", "Panel", "Session" …);
 * - names in scripts without case (Arabic, Chinese …) still need two words.
 * "Presenter: Chris" or "(presented by Chris)" names people explicitly and is accepted
 * with only the first two rules relaxed to one word (see looksLikeLabelledName).
 */

const PARTICLES = new Set(['al', 'bin', 'bint', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'do', 'dos', 'du', 'e', 'el', 'ibn', 'la', 'le', 'st.', 'ten', 'ter', 'van', 'von', 'y', 'zu']);
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'h.e.', 'amb.', 'sir', 'dame']);
// Words of agenda titles and organisation names that no personal name is made of.
const TITLE_WORDS = new Set(
  (
    'about all and agenda annex answers any aob association background board brief briefing break business chair chairs closing co-chair ' +
    'city coffee committee community compact conference consultation consultations council department digital director discussion document ' +
    'documents draft for forum foundation from general global government group groups hybrid in initiative institute internet introduction ' +
    'item items kingdom lunch meeting meetings member members minutes ministry nations network new next note notes of office on online open opening optional ' +
    'organisation organization other outcome outcomes overview panel paper part plenary policy presentation president program programme ' +
    'project q&a questions remarks report reports republic results review room secretariat secretary section session sessions state states steps strategy ' +
    'summit tba tbc tbd team the to track united university update updates virtual welcome with workshop working'
  ).split(' '),
);

const NAME_CHARACTERS = /^[\p{L}\p{M}.'’ʼ\- ]+$/u;
const CASED_LETTER = /[\p{Lu}\p{Ll}\p{Lt}]/u;
const INITIAL = /^\p{Lu}\.?$/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}'’ʼ.-]/u;
const IN_CAPITALS = /^[\p{Lu}\p{M}'’ʼ-]{2,}$/u;
const ELIDED_PARTICLE = /^\p{Ll}{1,4}['’ʼ]\p{Lu}/u;
const ARABIC_ARTICLE = /^(?:al|el)-\p{Lu}/u;

function wordsOf(text: string): string[] {
  return text.trim().split(/\s+/u).filter(Boolean);
}

function isNameWordAfterTheFirst(word: string): boolean {
  return CAPITALISED.test(word) || IN_CAPITALS.test(word) || INITIAL.test(word) || PARTICLES.has(word) || ELIDED_PARTICLE.test(word) || ARABIC_ARTICLE.test(word);
}

function firstWordStartsAName(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase()) || INITIAL.test(word) || CAPITALISED.test(word);
}

function hasTitleWord(words: readonly string[]): boolean {
  return words.some((word) => TITLE_WORDS.has(word.toLowerCase().replace(/[.:]$/u, '')));
}

function casedWordsLookLikeAName(words: readonly string[]): boolean {
  const [first, ...rest] = words;
  if (first === undefined || !firstWordStartsAName(first)) return false;
  const last = rest.at(-1);
  if (last !== undefined && PARTICLES.has(last)) return false;
  return rest.every(isNameWordAfterTheFirst);
}

function looksLikeName(text: string, minimumWords: number): boolean {
  const words = wordsOf(text);
  if (words.length < minimumWords || words.length > 6) return false;
  if (!NAME_CHARACTERS.test(text.trim()) || hasTitleWord(words)) return false;
  return CASED_LETTER.test(text) ? casedWordsLookLikeAName(words) : true;
}

/** Whether unlabelled text, such as a part of "(Timea Suto, Ross Creelman)", is a person's name. */
export function looksLikePersonName(text: string): boolean {
  return looksLikeName(text, 2);
}

/** Whether text after an explicit label ("Presenter: Chris") is a name: one word is enough. */
export function looksLikeLabelledName(text: string): boolean {
  return looksLikeName(text, 1);
}

// Only English "and": "e" and "y" join the parts of one Portuguese or Spanish name.
const LIST_SEPARATORS = /\s*[,;&/]\s*|\s+and\s+/iu;

/** The parts of a list of names: "A, B and C", "A & B", "A; B", "A/B". */
export function splitNameList(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean);
}

const PRESENTER_LABEL = /^(?:presenters?|speakers?|presented by|led by|lead|leads|moderators?|moderated by|facilitators?|facilitated by|rapporteurs?)\s*[:\-–—]?\s+/iu;

/** The names after a presenter label ("Presenters: A, B", "led by A"), or undefined when there is no label. */
export function labelledPresenterNames(text: string): string[] | undefined {
  const label = PRESENTER_LABEL.exec(text.trim());
  if (!label) return undefined;
  const names = splitNameList(text.trim().slice(label[0].length));
  return names.length > 0 && names.every(looksLikeLabelledName) ? names : undefined;
}
