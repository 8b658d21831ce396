import type { Lang } from '../contract.js';
import { phrases, type Phrase } from './status-cues.js';

/** Where a client is away ("sono dal cliente", "I'll be at the airport") and the agenda they keep closed, read by status.ts. */

export const AWAY: Record<
  Lang,
  { subjects: readonly string[]; places: readonly string[]; headlines?: readonly string[] }
> = {
  it: {
    // "sono chiusa in cabina": shut in a place is being there; "sono con una cliente": with someone too;
    // "sono ancora in studio", "sono già in macchina": still or already there is there
    subjects: ['sono', 'saro', 'sono chiuso', 'sono chiusa', 'sono ancora', 'saro ancora', 'sono gia', 'sono già'],
    places:
      "da dal dalla dai dallo dall' a al alla allo all' in nel nella fuori via sotto sopra sul sulla presso dentro con".split(
        ' ',
      ),
  },
  // "in a workshop until noon": a headline with no subject names the place with an article
  en: {
    subjects: ["i'm", 'i am', "i'll be", 'i will be', "i'm still", 'i am still'],
    places: ['at', 'with', 'on', 'in'],
    // "on site at the Camden project all afternoon": being on site is being at the place named after it
    headlines: [
      'on site at the',
      'on site at',
      'onsite at the',
      'on site',
      'in a',
      'in the',
      'at a',
      'at the',
      'on a',
      'on the',
      'with a',
      'with the',
      // "out at the Navigli till 1:30", "out with clients till 4": out somewhere is away there
      'out at the',
      'out at',
      'out with',
      'out on',
    ],
  },
};
/** "sono", "I am": a status whose end comes before the place ("I am until Friday on a business trip") */
export const AWAY_SUBJECTS: Record<Lang, Phrase[]> = {
  it: phrases('it', AWAY.it.subjects),
  en: phrases('en', AWAY.en.subjects),
};
/** "sono dal", "i'll be at": built once, read on every message */
export const AWAY_LEADS: Record<Lang, Phrase[]> = {
  it: phrases(
    'it',
    AWAY.it.subjects.flatMap((subject) => AWAY.it.places.map((p) => `${subject} ${p}`)),
  ),
  en: phrases('en', [
    ...AWAY.en.subjects.flatMap((subject) => AWAY.en.places.map((p) => `${subject} ${p}`)),
    ...(AWAY.en.headlines ?? []),
  ]),
};

/** "nn fissatemi niente", "don't book anything": the client keeps the agenda closed (dnd phrases count too) */
export const NO_BOOKING: Record<Lang, Phrase[]> = {
  it: phrases('it', ['non fissatemi', 'non fissate', 'non fissare', 'non prenotate', 'non prenotare', 'non mettetemi']),
  en: phrases('en', ["don't book", 'do not book', "don't schedule", 'do not schedule', "don't put anything"]),
};
