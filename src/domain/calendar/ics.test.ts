import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeCalendar, type IcsBooking, type IcsCalendar } from './ics.js';

const cal: IcsCalendar = {
  method: 'PUBLISH',
  name: 'Agenda Delego',
  tz: 'Europe/Rome',
  stamp: new Date('2026-11-23T09:00:00Z'),
  withLabel: 'Con',
};

function booking(over: Partial<IcsBooking> = {}): IcsBooking {
  return {
    id: '0193a4b2-0000-7000-8000-000000000001',
    title: 'Dentista',
    startsAt: new Date('2026-11-26T09:30:00Z'),
    endsAt: new Date('2026-11-26T10:30:00Z'),
    day: null,
    withWhom: null,
    location: null,
    status: 'confirmed',
    icsSequence: 0,
    ...over,
  };
}

/** The unfolded property lines of the output, as a calendar reads them. */
function unfolded(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

describe('writeCalendar', () => {
  it('writes a calendar with CRLF line endings and one event per booking', () => {
    const ics = writeCalendar(cal, [booking()]);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    expect(unfolded(ics)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//Delego//Delego agenda//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Agenda Delego',
      'X-WR-TIMEZONE:Europe/Rome',
      'BEGIN:VEVENT',
      'UID:0193a4b2-0000-7000-8000-000000000001@delego',
      'DTSTAMP:20261123T090000Z',
      'SEQUENCE:0',
      'DTSTART:20261126T093000Z',
      'DTEND:20261126T103000Z',
      'SUMMARY:Dentista',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('keeps the UID of a booking across updates and carries its sequence', () => {
    const before = unfolded(writeCalendar(cal, [booking()]));
    const after = unfolded(
      writeCalendar(cal, [
        booking({
          startsAt: new Date('2026-11-27T09:30:00Z'),
          endsAt: new Date('2026-11-27T10:30:00Z'),
          icsSequence: 1,
        }),
      ]),
    );
    expect(after.find((l) => l.startsWith('UID:'))).toBe(before.find((l) => l.startsWith('UID:')));
    expect(after).toContain('SEQUENCE:1');
    expect(after).toContain('DTSTART:20261127T093000Z');
  });

  it('writes a date-only booking as a whole day ending the next day, across a month end', () => {
    const lines = unfolded(
      writeCalendar(cal, [booking({ startsAt: null, endsAt: null, day: new Date('2027-01-31T00:00:00Z') })]),
    );
    expect(lines).toContain('DTSTART;VALUE=DATE:20270131');
    expect(lines).toContain('DTEND;VALUE=DATE:20270201');
  });

  it('marks cancelled bookings CANCELLED and requested ones TENTATIVE', () => {
    expect(unfolded(writeCalendar(cal, [booking({ status: 'cancelled', icsSequence: 2 })]))).toEqual(
      expect.arrayContaining(['STATUS:CANCELLED', 'SEQUENCE:2']),
    );
    expect(unfolded(writeCalendar(cal, [booking({ status: 'requested' })]))).toContain('STATUS:TENTATIVE');
  });

  it('withdraws a cancelled booking with METHOD:CANCEL, the same UID and a higher SEQUENCE', () => {
    const lines = unfolded(
      writeCalendar({ ...cal, method: 'CANCEL' }, [booking({ status: 'cancelled', icsSequence: 3 })]),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'METHOD:CANCEL',
        'UID:0193a4b2-0000-7000-8000-000000000001@delego',
        'SEQUENCE:3',
        'STATUS:CANCELLED',
      ]),
    );
  });

  it('leaves out a requested booking that has neither a time nor a day', () => {
    expect(writeCalendar(cal, [booking({ status: 'requested', startsAt: null, endsAt: null })])).not.toContain(
      'BEGIN:VEVENT',
    );
  });

  it('writes local times as the right UTC instants on both sides of a DST change', () => {
    // Europe/Rome moves to summer time at 02:00 on 28 March 2027.
    const winter = new TZDate(2027, 2, 27, 10, 0, 'Europe/Rome');
    const summer = new TZDate(2027, 2, 28, 10, 0, 'Europe/Rome');
    const lines = unfolded(
      writeCalendar(cal, [
        booking({ id: 'a', startsAt: new Date(winter.getTime()), endsAt: new Date(winter.getTime() + 3_600_000) }),
        booking({ id: 'b', startsAt: new Date(summer.getTime()), endsAt: new Date(summer.getTime() + 3_600_000) }),
      ]),
    );
    expect(lines).toEqual(
      expect.arrayContaining(['DTSTART:20270327T090000Z', 'DTSTART:20270328T080000Z', 'DTEND:20270328T090000Z']),
    );
  });

  it('escapes text values and puts the other party in the description', () => {
    const lines = unfolded(
      writeCalendar(cal, [
        booking({ title: 'Riunione; soci, bilancio', location: 'Via Roma 1\nMilano', withWhom: 'Rossi\\Bianchi' }),
      ]),
    );
    expect(lines).toContain('SUMMARY:Riunione\\; soci\\, bilancio');
    expect(lines).toContain('LOCATION:Via Roma 1\\nMilano');
    expect(lines).toContain('DESCRIPTION:Con: Rossi\\\\Bianchi');
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds long multi-byte text at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'Caffè con l’avvocato 🙂 '.repeat(10)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    // no replacement characters: every part is valid UTF-8 on its own
    for (const part of parts) expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
