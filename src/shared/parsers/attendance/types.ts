export type AttendanceSource = 'zoom' | 'teams' | 'teams-legacy';

/** One person (or device) in an attendance report, every join of theirs merged. */
export interface AttendanceRecord {
  /** The screen name as the report first shows it. */
  displayName: string;
  /** The best name for the person: the original name over a renamed one, "(Guest)" and the like removed. */
  name: string;
  email?: string;
  /**
   * Local wall-clock times as the report writes them, "YYYY-MM-DDTHH:MM:SS" without a zone:
   * neither Zoom nor Teams says which zone its times are in.
   */
  firstJoin?: string;
  lastLeave?: string;
  totalMinutes?: number;
  /** Outside the organiser's organisation: Zoom's Guest column, Teams' "(Guest)", "(External)", "(Unverified)". */
  isGuest: boolean;
  /** A phone, tablet, computer, room system or dial-in number rather than a name: the UI should ask who it is. */
  isDevice: boolean;
  /** The owner a device name mentions: "Jim" in "Jim's iPhone", "Marie" in "iPad de Marie". */
  deviceOwnerHint?: string;
  /** Teams' role: Organizer, Presenter, Attendee … */
  role?: string;
  /** Every name under which the report shows this person, as written. */
  rawNames: string[];
}

export interface AttendanceMeetingInfo {
  title?: string;
  /** Local wall-clock times, like the records' join and leave times. */
  start?: string;
  end?: string;
}

/** Meeting info with only the parts the report gave. */
export function meetingInfo(title: string | undefined, start: string | undefined, end: string | undefined): AttendanceMeetingInfo {
  const info: AttendanceMeetingInfo = {};
  if (title) info.title = title;
  if (start) info.start = start;
  if (end) info.end = end;
  return info;
}

export interface AttendanceReport {
  source: AttendanceSource | 'unknown';
  people: AttendanceRecord[];
  meeting?: AttendanceMeetingInfo;
  warnings: string[];
}

/** One line of a report before merging: one join of one person. */
export interface AttendanceRow {
  rawName: string;
  /** The name the vendor gave at join time when the person renamed themselves (Zoom's "Name (Original Name)"). */
  originalName?: string;
  email?: string;
  join?: string;
  leave?: string;
  minutes?: number;
  isGuest: boolean;
  role?: string;
}
