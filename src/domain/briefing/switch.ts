import { hhmmSchema } from '../../kernel/time.js';

/**
 * The client switching their morning briefing on or off themselves: `/briefing on`, `/briefing
 * off`, `/briefing 7:30`, or a message that is wholly a switch phrase: "attiva il riepilogo
 * mattutino alle 7:30", "disattiva il riepilogo", "briefing off", "turn off the morning briefing".
 * A message that only mentions a briefing ("ricordami il briefing con Marco alle 9") is not a
 * switch (undefined): it is left to the understanding.
 */
export interface BriefingSwitch {
  on: boolean;
  /** local "HH:MM", when the client named one */
  time?: string;
}

/** A `/briefing` command whose argument is neither on, off nor a time ("25:00", "maybe"): nothing changes. */
export interface BriefingRefusal {
  refused: 'time' | 'argument';
  /** the argument as the client wrote it */
  arg: string;
}

const NOUN = String.raw`(?:(?:il|la|lo|mio|the|my)\s+)?(?:riepilogo(?:\s+(?:mattutino|del mattino|giornaliero|della giornata))?|(?:morning\s+)?briefing(?:\s+mattutino)?|(?:morning|daily)\s+summary)`;
const AT = String.raw`(?:\s+(?:alle|ore|at)\s+(\d{1,2}(?:[:.]\d{2})?))?`;
const ON_VERB = String.raw`(?:attiva|attivare|attivami|riattiva|accendi|abilita|enable|start|turn on|switch on)`;
const OFF_VERB = String.raw`(?:disattiva|disattivare|disattivami|spegni|disabilita|togli|basta(?:\s+con)?|disable|stop|turn off|switch off)`;
/** "briefing on", "turn the morning briefing off": the verb or the state after the noun */
const phrases: { pattern: RegExp; on: boolean }[] = [
  { pattern: new RegExp(`^${ON_VERB}\\s+${NOUN}${AT}$`), on: true },
  { pattern: new RegExp(`^${OFF_VERB}\\s+${NOUN}$`), on: false },
  { pattern: new RegExp(`^(?:turn|switch)\\s+${NOUN}\\s+on${AT}$`), on: true },
  { pattern: new RegExp(`^(?:turn|switch)\\s+${NOUN}\\s+off$`), on: false },
  { pattern: new RegExp(`^${NOUN}\\s+on${AT}$`), on: true },
  { pattern: new RegExp(`^${NOUN}\\s+off$`), on: false },
];
const COMMAND_OFF = /\b(disattiva|spegni|disabilita|basta|turn off|switch off|disable|stop|off|no)\b/;
const COMMAND_ON = /\b(attiva|riattiva|accendi|abilita|turn on|switch on|enable|start|on|si|yes)\b/;
/** "7:30", "alle 7", "on at 25:00": a time is what the argument is about */
const COMMAND_TIME = /^(?:(?:on|attiva|alle|ore|at)\s+)*(\d{1,2}(?:[:.]\d{2,})?)$/;
/** courtesy around the phrase does not make it something else */
const POLITE =
  /^(?:(?:per favore|per piacere|please|ciao|ok|grazie|thanks|thank you)\b[\s,!.]*)+|(?:[\s,!.]*\b(?:per favore|per piacere|please|grazie|thanks|thank you))+[\s!.]*$|[\s!.]+$/g;

const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();

/** "7", "7:30", "07.30" as a local time; undefined when it is not one */
function localTime(written: string | undefined): string | undefined {
  const match = written === undefined ? null : /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(written);
  if (!match) return undefined;
  const hhmm = `${match[1]!.padStart(2, '0')}:${match[2] ?? '00'}`;
  return hhmmSchema.safeParse(hhmm).success ? hhmm : undefined;
}

export function readBriefingSwitch(
  command: { name: string; arg?: string | undefined } | undefined,
  text: string,
): BriefingSwitch | BriefingRefusal | undefined {
  if (command) {
    if (!['briefing', 'riepilogo'].includes(command.name)) return undefined;
    const arg = fold(command.arg ?? '');
    const written = COMMAND_TIME.exec(arg)?.[1];
    if (written !== undefined) {
      const time = localTime(written);
      return time ? { on: true, time } : { refused: 'time', arg: (command.arg ?? '').trim() };
    }
    if (COMMAND_OFF.test(arg)) return { on: false };
    if (arg === '' || COMMAND_ON.test(arg)) return { on: true };
    return { refused: 'argument', arg: (command.arg ?? '').trim() };
  }
  const phrase = fold(text).replace(POLITE, '').trim();
  for (const { pattern, on } of phrases) {
    const match = pattern.exec(phrase);
    if (!match) continue;
    if (!on) return { on: false };
    if (match[1] === undefined) return { on: true };
    const time = localTime(match[1]);
    // "attiva il riepilogo alle 25": not a time, so not a switch either
    return time ? { on: true, time } : undefined;
  }
  return undefined;
}
