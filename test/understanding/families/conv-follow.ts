import type { Expected, Family } from './calendar.js';
import { booking, only, titled } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Someone coming to the client at a time, and a whole day away, written and labelled in code before
 * the rules ran on them (play-test of December 2026). A visit at a time ("domani alle 10 passa il
 * tecnico", "the plumber is coming at 9") is the client's own appointment: a `booking` titled with
 * who comes, never a reminder. "dmn nn ci sono, sto al corso tutto il giorno" is an event on
 * tomorrow's agenda with no time (the contract's status has no start: a later day is no status from
 * now), and thanks for everything stay small talk.
 */
const other: Expected = only('other');

export const convFollow: readonly Family[] = [
  // Tuesday 8 December 2026, 09:15 in Rome
  fresh('conv-follow-rome-tuesday', 'it', '2026-12-08T09:15:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'dmn mattina alle 11 viene il fornitore delle tinte',
      titled(booking(c.at(c.day(1), 11)), 'fornitore delle tinte'),
    ],
    [
      'it',
      'giovedì alle 4 passa il tecnico della caldaia',
      titled(booking(c.at(c.day(2), 16)), 'tecnico della caldaia'),
    ],
    [
      'it',
      'oggi alle 17 arriva il corriere con i campioni',
      titled(booking(c.at(c.day(0), 17)), 'corriere con i campioni'),
    ],
    ['it', 'venerdì alle 9 e mezza vengono gli idraulici', titled(booking(c.at(c.day(3), 9, 30)), 'idraulici')],
    ['it', 'ué dmn alle 3 mi viene a trovare la commercialista', titled(booking(c.at(c.day(1), 15)), 'commercialista')],
    ['it', 'cmq dopodomani nn ci sono, sto in fiera tutto il giorno', booking(c.iso(c.day(2)))],
    ['it', 'grazie mille x tutto', other],
    ['it', 'grz di nuovo per tutto, a presto', other],
  ]),
  // Tuesday 8 December 2026, 08:40 in London
  fresh('conv-follow-london-tuesday', 'en', '2026-12-08T08:40:00+00:00', 'Europe/London', (c) => [
    ['en', 'tomorrow at 10 the electrician is coming', titled(booking(c.at(c.day(1), 10)), 'electrician')],
    ['en', 'the courier is coming at 4 today', titled(booking(c.at(c.day(0), 16)), 'courier')],
    ['en', 'on friday at 11 the wella rep comes by', titled(booking(c.at(c.day(3), 11)), 'wella rep')],
    ['en', 'thanks a lot for everything', other],
    ['en', 'thank you for all your help', other],
  ]),
];
