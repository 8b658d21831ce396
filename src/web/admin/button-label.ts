import { tapLabel, type TapLabel } from '../../kernel/actions.js';
import { t as botText } from '../../i18n/catalog.js';
import type { AdminLocale } from './format.js';

/** A suggested slot's start, in the client's zone: "gio 26/11/2026 10:00" / "Thu 2026-11-26 10:00". */
function slotStart(startMin: number, tz: string, locale: AdminLocale): string {
  const at = new Date(startMin * 60_000);
  return `${new Intl.DateTimeFormat(locale.lang, { weekday: 'short', timeZone: tz }).format(at)} ${locale.stamp(at, tz)}`;
}

function labelText(label: TapLabel, tz: string, locale: AdminLocale): string {
  const { lang, t } = locale;
  if ('bot' in label) return label.bot === 'ratingButton' ? botText(lang, label.bot, label) : botText(lang, label.bot);
  if (label.staff === 'pickToMove') return t.buttons.pickToMove;
  if (label.staff === 'bookSlot')
    return t.buttons.bookSlot({ at: slotStart(label.startMin, tz, locale), minutes: label.minutes });
  return t.buttons.moveTo({ at: slotStart(label.startMin, tz, locale) });
}

/**
 * A button tap stored as its payload (`od:<uuid>`, `sz:10m:<uuid>`, ...) as staff read it: the
 * button's own label in the staff's language, "[tasto: Fatto]"; a payload no button makes is "[tasto]".
 * What each payload says comes from the button table (src/kernel/actions.ts).
 */
export function buttonTapLabel(data: string, tz: string, locale: AdminLocale): string {
  const label = tapLabel(data);
  if (!label) return locale.t.buttons.unknown;
  return locale.t.buttons.tapped({ label: labelText(label, tz, locale) });
}
