import type { Db } from '../../infra/db/types.js';
import type { ItemRef } from '../../kernel/actions.js';
import { justMade } from '../just-made.js';
import {
  atLocalMinutes,
  formatInstant,
  instantOf,
  localDay,
  localMinutes,
  startOfLocalDay,
} from '../../kernel/time.js';
import type { Understand } from '../../understanding/understand.js';
import { keepsItsOwnTime } from '../../understanding/rules.js';
import { isPlainText } from '../fragments.js';
import { rescheduleItem } from '../flows/manage.js';
import { mentionsDay } from '../flows/when.js';
import { UNDERSTAND_MAX_CHARS, type Route } from '../turn.js';

/** "no scusa", "anzi", "no aspetta", "volevo dire", "sorry, I meant": the client corrects what they just asked. */
const correctionOpener =
  /^(?:(?:no+|nono|ah\s+no+|anzi|cio[eè]|aspett[aie]|un attimo|scusa(?:mi)?|scus[ia]|scusate|pardon|hold on|hang on|sorry|oops|ops|errore|ho sbagliato|mi sono sbagliat[oa]|correggo|volevo dire|intendevo|i meant|actually|wait|my bad)[\s,.!:;-]+)+/iu;

/** "make it Thursday", "facciamo alle 10": words that only say the new time is coming. */
const settingWords =
  /^(?:(?:let'?s\s+)?(?:make|do|say)\s+it\s+|let'?s\s+(?:do|say)\s+|(?:change|move)\s+it\s+to\s+|facciamo\s+|diciamo\s+|mettil[oa]\s+|spostal[oa]\s+|meglio\s+)/iu;

/**
 * What was said instead, without what it replaces: "venerdì nn giovedì" → "venerdì"; "non giovedì
 * ma venerdì" → "venerdì"; "no wait, make it Thursday" → "Thursday". `opener` says how sure it is
 * a correction: words of one ("no scusa", "anzi", "sorry") or only a verb setting the time
 * ("facciamo giovedì"), which could also open a new request.
 */
export function correctedWords(text: string): { said: string; opener: 'correction' | 'setting' } | undefined {
  const trimmed = text.trim();
  const correction = correctionOpener.exec(trimmed);
  const afterOpener = correction ? trimmed.slice(correction[0].length) : trimmed;
  const setting = settingWords.exec(afterOpener);
  if (!correction && !setting) return undefined;
  const rest = setting ? afterOpener.slice(setting[0].length) : afterOpener;
  const opener = correction ? 'correction' : 'setting';
  // "non alle 18 ma alle 17", "nn alle 18, alle 17", "not 6, 5pm": what follows the time denied
  const negatedFirst = /^(?:non|nn|not)\s+.*?(?:\s(?:ma|bensì|but)\s+|\s*[,;:]\s*(?:(?:ma|bensì|but)\s+)?)(.+)$/iu.exec(
    rest,
  );
  const kept = negatedFirst ? negatedFirst[1]! : rest;
  const said = withoutReason(
    withoutInstead(
      kept.replace(/[\s,;]*(?<![\p{L}\p{N}])(?:non|nn|not|invece di|instead of|rather than)(?![\p{L}\p{N}]).*$/iu, ''),
    ),
  );
  return said ? { said, opener } : undefined;
}

/** "che", "perché", "tanto", "because" opening the client's reason after a short new time. */
const REASON_AFTER_TIME =
  /^((?:\S+\s+){0,4}\S+?)[\s,;]+(?:che|perch[eéè]|xk[eè]|xch[eè]|tanto|visto che|dato che|because|since|cause|cos)\s.*$/iu;

/**
 * "alle 10 che alle 9 ho la prima cliente" → "alle 10": the reason for the change names a time
 * that is not the new one. Only after a few words (the new time); a longer head stays whole.
 */
function withoutReason(said: string): string {
  return REASON_AFTER_TIME.exec(said)?.[1] ?? said;
}

/** "alle 17 invece", "5 instead": the word saying it replaces something adds no time. */
function withoutInstead(said: string): string {
  return said.replace(/[\s,;]*(?<![\p{L}\p{N}])(?:invece|piuttosto|instead|rather)[.!]*$/iu, '').trim();
}

/**
 * A bare hour read as that hour of the day ("5", "le 5", "at 5" → "alle 5" / "at 5"), so the
 * usual rules give it its afternoon; other words stay as said.
 */
export function asClock(said: string, lang: string): string {
  const hour = /^(?:(?:alle|le|at)\s+)?(\d{1,2}(?:[:.]\d{2})?)[.!]*$/iu.exec(said);
  if (!hour) return said;
  return lang === 'en' ? `at ${hour[1]}` : `alle ${hour[1]}`;
}

/** Words that say which half of the day a clock is in: with none, a correction keeps the item's. */
const HALF_OF_DAY_SAID =
  /(?<![\p{L}])(?:am|pm|a\.m\.|p\.m\.|mattin\p{L}*|pomeriggio|pome|sera|stasera|serata|notte|morning|afternoon|evening|tonight|night)(?![\p{L}])/iu;

/**
 * "no scusa alle 7 e mezza" after a reminder at 08:00 is 07:30: a bare hour the rules put in the
 * afternoon goes back to the morning when that is nearer the time it corrects (and the words say
 * no half of the day).
 */
export function sameHalfOfDay(when: string, said: string, original: Date, tz: string): string {
  const at = instantOf(when, tz);
  if (!at || when.length <= 10 || HALF_OF_DAY_SAID.test(said)) return when;
  const before = localMinutes(original, tz);
  const after = localMinutes(at, tz);
  const morning = after - 12 * 60;
  if (after < 13 * 60 || Math.abs(before - morning) >= Math.abs(before - after)) return when;
  return formatInstant(atLocalMinutes(at, tz, 0, morning), tz);
}

const ENGLISH_COUNT = 'an?|one|two|three|four|five|six|seven|eight|nine|ten';
const COUNT = String.raw`(\d{1,3}|un[oa']?|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|${ENGLISH_COUNT})`;

/** The units of an offset, as each language says them: the words heard and the word understood. */
const UNITS: { it: RegExp; en: RegExp; itWord: string; enWord: string }[] = [
  { it: /^minut[oi]$/iu, en: /^(?:minutes?|mins?)$/iu, itWord: 'minuti', enWord: 'minutes' },
  { it: /^or[ae]$/iu, en: /^(?:hours?|hrs?|h)$/iu, itWord: 'ore', enWord: 'hours' },
  { it: /^giorn[oi]$/iu, en: /^days?$/iu, itWord: 'giorni', enWord: 'days' },
  { it: /^settiman[ae]$/iu, en: /^weeks?$/iu, itWord: 'settimane', enWord: 'weeks' },
];

/** A unit word and whether it is English: "ore" → hours (Italian). */
function unitOf(word: string | undefined): { unit: (typeof UNITS)[number]; english: boolean } | undefined {
  if (!word) return undefined;
  for (const unit of UNITS) {
    if (unit.it.test(word)) return { unit, english: false };
    if (unit.en.test(word)) return { unit, english: true };
  }
  return undefined;
}

/** "tra 2 ore", "in 3 hours": an offset from now in what the client said before. */
const offsetBefore = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:tra|fra|in)\s+${COUNT}\s*(\p{L}+)`, 'iu');

/** "tra 3", "in 4 hours", "3 ore" ("make it 3 hours" → "3 hours"): an offset alone, its unit maybe left out. */
const bareOffset = new RegExp(
  String.raw`^(?:(tra|fra|in)\s+)?${COUNT}(?:\s*(\p{L}+))?(?:\s+(?:più tardi|later|from now))?[.!]*$`,
  'iu',
);

/**
 * A new offset said alone, as the phrase to understand from now: "tra 3" after "ricordami tra 2
 * ore…" is "tra 3 ore"; "3 hours" is "in 3 hours". Undefined when the words are no bare offset, or
 * when no unit is said and none was before. Pure.
 */
export function offsetCorrection(said: string, before: string): string | undefined {
  const bare = bareOffset.exec(said.trim());
  if (!bare) return undefined;
  const [, preposition, count, unitWord] = bare as unknown as [string, string | undefined, string, string | undefined];
  // a number alone is an hour of the day ("anzi alle 5", "facciamo le 5")
  if (!preposition && !unitWord) return undefined;
  const unit = unitWord ? unitOf(unitWord) : unitOf(offsetBefore.exec(before)?.[2]);
  if (!unit) return undefined;
  const english =
    new RegExp(`^(?:${ENGLISH_COUNT})$`, 'i').test(count) || (unitWord ? unit.english : preposition === 'in');
  return english ? `in ${count} ${unit.unit.enWord}` : `tra ${count} ${unit.unit.itWord}`;
}

/**
 * "no scusa venerdì nn giovedì" right after "Fatto: te lo ricordo giovedì alle 18": the reminder
 * (or booking) just made moves to Friday at 18:00. A time alone stays on the item's day; a new
 * offset alone ("no scusa tra 3") counts from now in the unit said before.
 */
export function correctionRoute(db: Db, understand: Understand): Route {
  return async (msg, turn) => {
    // "which request?" waiting for a tap is no question a correction answers
    if ((turn.pending && !turn.pending.held) || !isPlainText(msg)) return undefined;
    const corrected = correctedWords(msg.text.slice(0, UNDERSTAND_MAX_CHARS));
    if (!corrected) return undefined;
    const made = await justMade(db, turn.conversationId, turn.clientId);
    // a reminder set before a meeting: the meeting moves, and the reminder with it
    const item = made?.event ? { ...made, kind: 'booking' as const, ...made.event } : made;
    if (!item || item.kind === 'ticket' || !item.at) return undefined;
    // "tra 3" after "tra 2 ore": three hours from now
    const offset = offsetCorrection(corrected.said, item.asked);
    const said = offset ?? asClock(corrected.said, turn.lang);
    const now = offset || mentionsDay(said) ? turn.now : startOfLocalDay(localDay(item.at, turn.tz), turn.tz);
    const { understanding } = await understand(said, {
      now,
      tz: turn.tz,
      lang: turn.lang,
      llmAllowed: turn.llmAllowed,
    });
    if (!understanding.when && understanding.shiftMin === undefined) return undefined;
    // "a sabato stessa ora": the item's own time on the new day
    const when =
      understanding.when && keepsItsOwnTime(said, { now, tz: turn.tz, lang: turn.lang })
        ? understanding.when.slice(0, 10)
        : understanding.when;
    const keptHalf = when ? sameHalfOfDay(when, said, item.at, turn.tz) : when;
    // "facciamo una call con Marco giovedì" is a new request, not the last one moved
    if (corrected.opener === 'setting' && !['other', 'reschedule'].includes(understanding.intent)) return undefined;
    const ref: ItemRef = { kind: item.kind, id: item.id };
    return (ctx) =>
      rescheduleItem(ctx, { item: ref, understanding: { ...understanding, when: keptHalf, intent: 'reschedule' } });
  };
}
