/** "14:03:12" today, "Tue 3 Jun, 14:03" another day: recovery offers and versions name their time. */
export function formatWhen(iso: string, now = new Date()): string {
  const when = new Date(iso);
  const sameDay = when.toDateString() === now.toDateString();
  return sameDay
    ? when.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
    : when.toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

export function formatWords(words: number): string {
  return `${words.toLocaleString()} word${words === 1 ? '' : 's'}`;
}
