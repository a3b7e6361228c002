/** The text the typist types: the same in every run, so what was lost can be told exactly. */
const WORDS = ['the', 'working', 'group', 'agreed', 'to', 'revisit', 'strategy', 'Chris', 'noted', 'that', 'MAG', 'sessions'];

let cache = '';
let nextWord = 0;

export function typedText(length: number): string {
  while (cache.length < length) {
    cache += `${WORDS[(nextWord * 5) % WORDS.length]} `;
    if (nextWord % 9 === 8) cache += '– ';
    nextWord += 1;
  }
  return cache.slice(0, length);
}
