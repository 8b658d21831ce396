import { decodeButton } from '../../kernel/actions.js';
import { t as botText } from '../../i18n/catalog.js';
import type { AdminLocale } from './format.js';

/** A suggested slot's start, in the client's zone: "gio 26/11/2026 10:00" / "Thu 2026-11-26 10:00". */
function slotStart(startMin: number, tz: string, locale: AdminLocale): string {
  const at = new Date(startMin * 60_000);
  return `${new Intl.DateTimeFormat(locale.lang, { weekday: 'short', timeZone: tz }).format(at)} ${locale.stamp(at, tz)}`;
}

/**
 * A button tap stored as its payload (`od:<uuid>`, `sz:10m:<uuid>`, ...) as staff read it: the
 * button's own label in the staff's language, "[tasto: Fatto]"; a payload no button makes is "[tasto]".
 */
export function buttonTapLabel(data: string, tz: string, locale: AdminLocale): string {
  const { lang, t } = locale;
  const action = decodeButton(data);
  if (!action) return t.buttons.unknown;
  const label = (() => {
    switch (action.op) {
      case 'cancel':
        return botText(lang, 'buttonCancel');
      case 'change_time':
        return botText(lang, 'buttonChangeTime');
      case 'pick_reschedule':
        return t.buttons.pickToMove;
      case 'rate':
        return botText(lang, 'ratingButton', { rating: action.rating });
      case 'occurrence_done':
        return botText(lang, 'buttonDone');
      case 'snooze':
        return botText(
          lang,
          action.snooze === '10m' ? 'buttonSnooze10' : action.snooze === '1h' ? 'buttonSnooze1h' : 'buttonTomorrow',
        );
      case 'proposal':
        return botText(lang, action.accept ? 'buttonAcceptProposal' : 'buttonDeclineProposal');
      case 'slot':
        return t.buttons.bookSlot({ at: slotStart(action.startMin, tz, locale), minutes: action.minutes });
      case 'move':
        return t.buttons.moveTo({ at: slotStart(action.startMin, tz, locale) });
      case 'status':
        return botText(
          lang,
          ({ free: 'buttonImFree', hour: 'buttonSnooze1h', busy: 'buttonBusyHour', dnd: 'buttonDndHour' } as const)[
            action.change
          ],
        );
      case 'callback':
        return botText(lang, action.choice === 'client' ? 'buttonCallbackMe' : 'buttonCallbackOffice');
    }
  })();
  return t.buttons.tapped({ label });
}
