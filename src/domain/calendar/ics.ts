/**
 * RFC 5545 iCalendar writer for bookings. Pure: the caller loads the bookings and picks the
 * method. Times are written as UTC instants, so no VTIMEZONE is needed and every calendar
 * shows them at the right local hour, across DST changes too.
 */

export interface IcsBooking {
  id: string;
  title: string;
  startsAt: Date | null;
  endsAt: Date | null;
  /** a date-only booking: UTC midnight of the day, as Prisma returns a DATE column */
  day: Date | null;
  withWhom: string | null;
  location: string | null;
  status: 'requested' | 'confirmed' | 'cancelled' | 'done';
  icsSequence: number;
}

export interface IcsCalendar {
  /** REQUEST for an invitation file, CANCEL for the file that withdraws it, PUBLISH for a subscribed feed */
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  name: string;
  /** IANA zone, a hint for calendars that show the feed (X-WR-TIMEZONE) */
  tz: string;
  /** DTSTAMP of every event */
  stamp: Date;
  /** label before the other party in the description, e.g. "With" */
  withLabel: string;
}

export const icsMimeType = 'text/calendar; charset=utf-8';

/** The same booking always has the same UID, so calendars replace it on updates. */
export function bookingUid(bookingId: string): string {
  return `${bookingId}@delego`;
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // continuation lines start with a space, which counts towards their 75 octets
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function dateValue(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

const statuses: Record<IcsBooking['status'], string> = {
  requested: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  done: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

/** Whether the booking has a time or a day: one still being arranged has neither and no event. */
export function hasEventTime(b: IcsBooking): boolean {
  return Boolean((b.startsAt && b.endsAt) || b.day);
}

function eventLines(b: IcsBooking, cal: IcsCalendar): string[] {
  const when =
    b.startsAt && b.endsAt
      ? [`DTSTART:${utcStamp(b.startsAt)}`, `DTEND:${utcStamp(b.endsAt)}`]
      : [
          `DTSTART;VALUE=DATE:${dateValue(b.day!)}`,
          `DTEND;VALUE=DATE:${dateValue(new Date(b.day!.getTime() + 86_400_000))}`,
        ];
  return [
    'BEGIN:VEVENT',
    `UID:${bookingUid(b.id)}`,
    `DTSTAMP:${utcStamp(cal.stamp)}`,
    `SEQUENCE:${b.icsSequence}`,
    ...when,
    `SUMMARY:${escapeText(b.title)}`,
    ...(b.location ? [`LOCATION:${escapeText(b.location)}`] : []),
    ...(b.withWhom ? [`DESCRIPTION:${escapeText(`${cal.withLabel}: ${b.withWhom}`)}`] : []),
    `STATUS:${statuses[b.status]}`,
    'END:VEVENT',
  ];
}

/** A whole VCALENDAR object with CRLF line endings; bookings without a time or day are left out. */
export function writeCalendar(cal: IcsCalendar, bookings: readonly IcsBooking[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Delego//Delego agenda//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${cal.method}`,
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    `X-WR-TIMEZONE:${cal.tz}`,
    ...bookings.filter(hasEventTime).flatMap((b) => eventLines(b, cal)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
