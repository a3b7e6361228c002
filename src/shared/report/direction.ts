/**
 * Word lays a paragraph out right-to-left only when told to (w:bidi), and HTML
 * only with dir="rtl". A paragraph's direction is that of its first strong
 * character, as in the Unicode bidi algorithm's rule P2: "Chris قال …" stays
 * left-to-right, "قال Chris …" is right-to-left.
 */

/** Letters are the strong characters; digits and punctuation take the paragraph's direction. */
const FIRST_LETTER = /\p{L}/u;
const RIGHT_TO_LEFT_SCRIPTS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/** Whether text whose first strong character belongs to a right-to-left script. */
export function isRightToLeft(text: string): boolean {
  const first = FIRST_LETTER.exec(text);
  return first !== null && RIGHT_TO_LEFT_SCRIPTS.test(first[0]);
}

