import type { OutboundFile } from '../../kernel/messaging.js';
import type { Db } from '../../infra/db/types.js';
import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../understanding/contract.js';
import { icsBookingSelect } from './feed.js';
import { icsMimeType, writeCalendar } from './ics.js';

/**
 * The .ics invitation sent with a booking's confirmation, so one tap adds it to a calendar. A
 * moved booking's file updates the event (same UID, higher SEQUENCE); a cancelled one's
 * withdraws it (METHOD:CANCEL, STATUS:CANCELLED).
 */
export async function invitationFile(
  db: Db,
  bookingId: string,
  opts: { lang: Lang; tz: string; now: Date },
): Promise<OutboundFile> {
  const booking = await db.booking.findUniqueOrThrow({ where: { id: bookingId }, select: icsBookingSelect });
  const text = writeCalendar(
    {
      method: booking.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
      name: t(opts.lang, 'calendarName'),
      tz: opts.tz,
      stamp: opts.now,
      withLabel: t(opts.lang, 'calendarWith'),
    },
    [booking],
  );
  return { name: 'invite.ics', mimeType: icsMimeType, content: Buffer.from(text, 'utf8') };
}
