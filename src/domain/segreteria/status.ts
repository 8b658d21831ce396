import type { Db } from '../../infra/db/types.js';
import { t } from '../../i18n/catalog.js';
import { formatDateTime, formatTime } from '../../i18n/format.js';
import { formatDate, localDateTime } from '../../kernel/time.js';
import type { AvailabilityKind, Lang } from '../../understanding/contract.js';

/** A busy or do-not-disturb status the client gave no end to lasts this long (and the reply says so). */
export const DEFAULT_STATUS_MINUTES = 60;
/** "+1 h" under a status confirmation. */
export const EXTEND_MINUTES = 60;

/** Sets the client's status; available has no end. */
export async function setAvailability(
  db: Db,
  clientId: string,
  kind: AvailabilityKind,
  until: Date | null,
): Promise<void> {
  await db.client.update({
    where: { id: clientId },
    data: { availabilityKind: kind, availabilityUntil: kind === 'available' ? null : until },
  });
}

/** "+1 h": an hour more from the current end (or from now when it is past); busy if the client was available. */
export function extendedStatus(
  current: { kind: AvailabilityKind; until: Date | null },
  now: Date,
): { kind: AvailabilityKind; until: Date } {
  const from = current.kind !== 'available' && current.until && current.until > now ? current.until : now;
  return {
    kind: current.kind === 'available' ? 'busy' : current.kind,
    until: new Date(from.getTime() + EXTEND_MINUTES * 60_000),
  };
}

/** The end of a status as the catalogs word it: a time today, a day and time later. */
export function untilText(until: Date, lang: Lang, tz: string, now: Date): string {
  if (formatDate(localDateTime(until, tz)) === formatDate(localDateTime(now, tz)))
    return t(lang, 'statusUntilToday', { time: formatTime(until, tz) });
  return t(lang, 'statusUntilLater', { when: formatDateTime(until, lang, tz, now) });
}
