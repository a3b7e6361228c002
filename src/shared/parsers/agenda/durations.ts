/** The longest item the meeting model accepts (a whole day). */
const MAX_MINUTES = 1440;

const HEDGES = /^(?:approx(?:imately)?\.?|ca\.?|circa|about|max\.?|~)\s*/u;
const MINUTES = /^(\d+(?:[.,]\d+)?)\s*(?:min|mins|minutes?|mn|m|['’′])\.?$/u;
const HOURS = /^(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hours?)\.?$/u;
const HOURS_AND_MINUTES = /^(\d+)\s*(?:h|hr|hrs|hours?)\s*(?:and\s+)?(\d{1,2})\s*(?:m|min|mins|minutes?|['’′])?\.?$/u;
const RANGE = /^(\d+)\s*[-–—]\s*(\d+)\s*(?:min|mins|minutes?|['’′])\.?$/u;

function toNumber(digits: string): number {
  return Number(digits.replace(',', '.'));
}

function minutesOf(text: string): number | undefined {
  const hoursAndMinutes = HOURS_AND_MINUTES.exec(text);
  if (hoursAndMinutes) return toNumber(hoursAndMinutes[1] ?? '') * 60 + toNumber(hoursAndMinutes[2] ?? '');
  const hours = HOURS.exec(text);
  if (hours) return toNumber(hours[1] ?? '') * 60;
  const minutes = MINUTES.exec(text);
  if (minutes) return toNumber(minutes[1] ?? '');
  // A range ("5-10 min") is planned at its upper end, which is what the chair has to keep.
  const range = RANGE.exec(text);
  if (range) return Math.max(toNumber(range[1] ?? ''), toNumber(range[2] ?? ''));
  return undefined;
}

/**
 * The minutes a written duration stands for: "10 min", "15 minutes", "5'", "1 h",
 * "1h30", "1.5 hours", "approx. 20 min", "5-10 min". Undefined when the text is not
 * only a duration, or is outside what the model accepts (1 to 1440 minutes).
 */
export function parseDuration(text: string): number | undefined {
  const cleaned = text.trim().toLowerCase().replace(HEDGES, '');
  const minutes = minutesOf(cleaned);
  if (minutes === undefined || !Number.isFinite(minutes)) return undefined;
  const rounded = Math.round(minutes);
  return rounded >= 1 && rounded <= MAX_MINUTES ? rounded : undefined;
}

/** Minutes between two wall-clock times of one day ("14:00" to "14:15"); crossing midnight counts forward. */
export function minutesBetween(startHour: number, startMinute: number, endHour: number, endMinute: number): number | undefined {
  const difference = endHour * 60 + endMinute - (startHour * 60 + startMinute);
  const forward = difference <= 0 ? difference + MAX_MINUTES : difference;
  return forward >= 1 && forward < MAX_MINUTES ? forward : undefined;
}
