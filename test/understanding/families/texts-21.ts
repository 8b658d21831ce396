import type { Expected, Family } from './calendar.js';
import { booking, FRI, only, reminder, reschedule, said, SAT, task, THU, titled } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Texts 21: free texts a demanding client reads back, written and labelled in code before the rules changed.
 * A London Monday morning, a Roman Tuesday morning. Texts, titles and targets are checked by
 * src/understanding/texts-21.test.ts.
 *  1. trailing "!!!", "!!", "?!" and emoji stay out of a reminder's text;
 *  2. a polite tail (", can you?", ", puoi?", ", could you") stays out of a move's or cancel's target;
 *  3. "arrange" / "organise" / "organizza" stay out of a booking's title;
 *  4. "c'è" / "c è" opening a booking is not part of its title ("domani alle 10 c è la caldaia dei Tosi");
 *  5. "X scade il N, rinnovala tu" is a task whose text is the verb in the infinitive with X as its object
 *     ("rinnovare la polizza"): the clitic ("-la", "-lo") stands for X, and "tu" is who does it.
 */
const LONDON = '2027-05-10T08:30:00+01:00';
const ROME = '2027-05-11T08:40:00+02:00';

/** the words for the item a move or cancel is about */
const about = (expected: Expected, target: string): Expected => ({
  ...expected,
  slots: { ...expected.slots, target },
});

export const texts21: readonly Family[] = [
  fresh('t21-1-trailing-marks', 'it', ROME, 'Europe/Rome', (c) => [
    [
      'it',
      'ricordami domani alle 8 di portare fuori il cane!!! 🐶',
      said(reminder(c.at(c.day(1), 8)), 'portare fuori il cane'),
    ],
    ['it', 'ricordami alle 18 di chiamare la mamma!!', said(reminder(c.at(c.day(0), 18)), 'chiamare la mamma')],
    [
      'it',
      "mi ricordi venerdì alle 9 di pagare l'affitto?!",
      said(reminder(c.at(c.weekday(FRI), 9)), "pagare l'affitto"),
    ],
    [
      'it',
      'ricordami stasera alle 21 di innaffiare le piante 🌱🌱',
      said(reminder(c.at(c.day(0), 21)), 'innaffiare le piante'),
    ],
  ]),
  fresh('t21-1-trailing-marks', 'en', LONDON, 'Europe/London', (c) => [
    [
      'en',
      'remind me tomorrow at 7am to take the bins out!!! 🗑️',
      said(reminder(c.at(c.day(1), 7)), 'take the bins out'),
    ],
    ['en', 'remind me at 5pm to call Marco!!', said(reminder(c.at(c.day(0), 17)), 'call Marco')],
    [
      'en',
      'can you remind me on friday at 10 to pay the gas bill?!',
      said(reminder(c.at(c.weekday(FRI), 10)), 'pay the gas bill'),
    ],
    ['en', 'remind me tonight at 9 to water the plants 🌱', said(reminder(c.at(c.day(0), 21)), 'water the plants')],
  ]),
  fresh('t21-2-polite-tail', 'en', LONDON, 'Europe/London', (c) => [
    ['en', 'can you move the dentist to friday at 4, can you?', about(reschedule(c.at(c.weekday(FRI), 16)), 'dentist')],
    ['en', 'move my haircut to thursday at 3, can you', about(reschedule(c.at(c.weekday(THU), 15)), 'haircut')],
    ['en', 'cancel the dinner with Tom, could you?', about(only('cancel'), 'dinner with Tom')],
  ]),
  fresh('t21-2-polite-tail', 'it', ROME, 'Europe/Rome', (c) => [
    ['it', 'mi sposti il dentista a venerdì alle 16, puoi?', about(reschedule(c.at(c.weekday(FRI), 16)), 'dentista')],
    [
      'it',
      'sposta la riunione con Gianni a giovedì alle 11, potresti?',
      about(reschedule(c.at(c.weekday(THU), 11)), 'riunione con Gianni'),
    ],
    ['it', 'annulla la cena con i Bianchi, puoi?', about(only('cancel'), 'cena con i Bianchi')],
  ]),
  fresh('t21-3-arrange', 'en', LONDON, 'Europe/London', (c) => [
    [
      'en',
      'arrange a call with the accountant tomorrow at 3',
      titled(booking(c.at(c.day(1), 15)), 'call with the accountant'),
    ],
    [
      'en',
      'organise drinks with the team on friday at 6pm',
      titled(booking(c.at(c.weekday(FRI), 18)), 'drinks with the team'),
    ],
    [
      'en',
      'please organize a viewing of the flat on saturday at 11',
      titled(booking(c.at(c.weekday(SAT), 11)), 'viewing of the flat'),
    ],
  ]),
  fresh('t21-3-arrange', 'it', ROME, 'Europe/Rome', (c) => [
    [
      'it',
      'organizzami un pranzo con Sara giovedì alle 13',
      titled(booking(c.at(c.weekday(THU), 13)), 'pranzo con Sara', 'Sara'),
    ],
  ]),
  fresh('t21-4-c-e', 'it', ROME, 'Europe/Rome', (c) => [
    ['it', 'domani alle 10 c è la caldaia dei Tosi', titled(booking(c.at(c.day(1), 10)), 'caldaia dei Tosi')],
    [
      'it',
      "giovedì alle 15 c'è il sopralluogo da Ferri",
      titled(booking(c.at(c.weekday(THU), 15)), 'sopralluogo da Ferri'),
    ],
    [
      'it',
      "venerdì alle 9 c'è la revisione della macchina",
      titled(booking(c.at(c.weekday(FRI), 9)), 'revisione della macchina'),
    ],
  ]),
  fresh('t21-5-expires', 'it', ROME, 'Europe/Rome', (c) => [
    ['it', 'la polizza scade il 20, rinnovala tu', said(task(c.iso(c.date(5, 20))), 'rinnovare la polizza')],
    ['it', 'il bollo scade il 31, pagalo tu', said(task(c.iso(c.date(5, 31))), 'pagare il bollo')],
    [
      'it',
      "l'assicurazione della moto scade il 25, rinnovala tu",
      said(task(c.iso(c.date(5, 25))), "rinnovare l'assicurazione della moto"),
    ],
  ]),
];
