import type { Analysis } from '../analyze.js';

/**
 * "what time is it?", "what's the time", "che ore sono?", "che ora è adesso a New York?": the client asks
 * the clock, not the agenda ("what time is my dentist?" stays an agenda question). Small talk: `other`,
 * answered with the time by the conversation.
 */
const CLOCK_QUESTION: Record<Analysis['lang'], RegExp> = {
  en: /^(?:(?:hi|hey|hello|sorry|quick question|btw|ok|so)\W* )*(?:what time is it|what 's the time|whats the time|what is the time|what time it is|do you know what time it is|do you have the time|got the time)(?: (?:now|right now|there|please|pls|mate|in \S+(?: \S+)?|over there))*(?: [?!.])*$/,
  it: /^(?:(?:ciao|ehi|senti|scusa|scusi|ok)\W* )*(?:che ore sono|che ora e|che ora è|sai che ore sono|mi dici che ore sono|che ore si son fatte|che ore fai)(?: (?:adesso|ora|lì|li|da voi|per favore|x favore|a \S+(?: \S+)?|in \S+(?: \S+)?))*(?: [?!.])*$/,
};

/** Whether the whole message asks what time it is. */
export function asksTheTime(analysis: Analysis): boolean {
  const words = analysis.tokens.map((t) => t.norm).join(' ');
  return CLOCK_QUESTION[analysis.lang].test(words);
}
