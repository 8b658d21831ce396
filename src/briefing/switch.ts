import { hhmmSchema } from '../followups/local-time.js';

/**
 * The client switching their morning briefing on or off themselves: `/briefing on`, `/briefing
 * off`, `/briefing 7:30`, "attiva il riepilogo mattutino alle 7:30", "disattiva il riepilogo",
 * "turn off the morning briefing". Anything else is not a switch (undefined).
 */
export interface BriefingSwitch {
  on: boolean;
  /** local "HH:MM", when the client named one */
  time?: string;
}

const NOUN = /\b(riepilogo (mattutino|del mattino|giornaliero|della giornata)|briefing|morning summary|daily summary)\b/;
const OFF = /\b(disattiva|disattivare|spegni|disabilita|togli|basta|non voglio|turn off|switch off|disable|stop|off|no)\b/;
const ON = /\b(attiva|attivare|accendi|abilita|turn on|switch on|enable|start|on|si)\b/;
/** "alle 7", "alle 7:30", "at 07.30": as written, a briefing is a morning thing */
const TIME = /(?:^|\b(?:alle|ore|at)\s+)(\d{1,2})(?:[:.](\d{2}))?\b/;

const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').trim();

function timeIn(text: string): string | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const hhmm = `${match[1]!.padStart(2, '0')}:${match[2] ?? '00'}`;
  return hhmmSchema.safeParse(hhmm).success ? hhmm : undefined;
}

export function readBriefingSwitch(command: { name: string; arg?: string | undefined } | undefined, text: string): BriefingSwitch | undefined {
  if (command) {
    if (!['briefing', 'riepilogo'].includes(command.name)) return undefined;
    const arg = fold(command.arg ?? '');
    const time = timeIn(arg);
    if (time) return { on: true, time };
    if (OFF.test(arg)) return { on: false };
    return { on: true };
  }
  const folded = fold(text);
  if (folded.length > 120 || !NOUN.test(folded)) return undefined;
  if (OFF.test(folded)) return { on: false };
  if (!ON.test(folded)) return undefined;
  const time = timeIn(folded.replace(/^\S+/, ''));
  return time ? { on: true, time } : { on: true };
}
