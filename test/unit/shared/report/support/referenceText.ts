/**
 * The reference report's paragraphs as the app should print them: its
 * markdown-style marks removed and the hand-made quirks of format.md corrected.
 * Each correction must apply exactly as often as format.md says, so a changed
 * reference cannot make a correction silently do nothing.
 */

/** format.md's quirks: [what the reference says, what the app prints, how often]. */
const QUIRK_FIXES: ReadonlyArray<[RegExp, string, number]> = [
  [/^Amrita added/, 'Amrita Choudhury added', 1], // first mention of Amrita: full name
  [/^Carol suggested/, 'Carol Roach suggested', 1], // first mention of Carol: full name
  [/^Justin Fair/, 'Justine Fair', 1], // the participant list's spelling
  [/Dino dell'Accio/, "Dino Dell'Accio", 1], // the participant list's spelling
  [/^3\. AoB$/, '5. AoB', 1], // the heading keeps the agenda's number
];

/** One paragraph per non-empty line, with Carol's paragraph (broken by a conversion after "what is") joined again. */
function referenceLines(reference: string): string[] {
  const lines = reference.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const broken = lines.findIndex((line) => line.endsWith('what is'));
  if (broken < 0 || lines.filter((line) => line.endsWith('what is')).length !== 1) throw new Error('Carol\'s broken paragraph is not where format.md says');
  lines.splice(broken, 2, `${lines[broken]} ${lines[broken + 1]}`);
  return lines;
}

function applyQuirkFixes(lines: string[]): string[] {
  return QUIRK_FIXES.reduce((current, [pattern, replacement, times]) => {
    const count = current.filter((line) => pattern.test(line)).length;
    if (count !== times) throw new Error(`${pattern} matches ${count} reference lines, not ${times}`);
    return current.map((line) => line.replace(pattern, replacement));
  }, lines);
}

/** Blanks as one space and no blank before a comma ("Fiona Alexander , former"), on both sides of a comparison. */
export function normaliseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
}

const stripMarks = (line: string) => line.replace(/\[([^\]]+)\]\(#\)/g, '$1').replace(/\*([^*]+)\*/g, '$1');

/**
 * The paragraphs Word should hold. With `keepListMarkers` false (Word numbers its
 * lists itself) list markers are dropped: "- 1) ", " - a. ", and the participants' "1. ".
 */
export function expectedParagraphs(reference: string, { keepListMarkers }: { keepListMarkers: boolean }): string[] {
  let inParticipants = false;
  return applyQuirkFixes(referenceLines(reference)).map((line) => {
    if (line === 'List of participants') inParticipants = true;
    if (line === 'Links:') inParticipants = false;
    let text = line.replace(/^- /, '');
    if (!keepListMarkers && line.startsWith('- ')) text = text.replace(/^(\d+\)|[a-z]\.) /, '');
    if (!keepListMarkers && inParticipants) text = text.replace(/^\d+\. /, '');
    return normaliseSpaces(stripMarks(text));
  });
}
