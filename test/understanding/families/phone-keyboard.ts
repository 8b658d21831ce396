import type { Family } from './calendar.js';
import { FRI, NOW, reminder, SAT, TUE, TZ } from './common.js';

/** Written on a phone: lost apostrophes, chat shorthand (x, nn, cmq, dmn, 2morrow, tmrw, hrs). */
export const phoneKeyboard: Family = {
  name: 'phone-keyboard',
  now: NOW,
  tz: TZ,
  cases: (c) => {
    const tomorrow = c.day(1);
    return [
      ['it', 'ricordami tra mezz ora di mandare la mail, cmq nn è urgente', reminder(c.inMinutes(30))],
      ['it', 'fra un ora ricordami di abbassare la serranda', reminder(c.inMinutes(60))],
      ['it', 'tra un quarto d ora ricordami di richiamare il sig. Bassi', reminder(c.inMinutes(15))],
      ['it', 'ricordami dmn alle 9 x la riunione', reminder(c.at(tomorrow, 9))],
      ['it', 'ricordami dopodmn di pagare il bollo', reminder(c.at(c.day(2), 9))],
      ['it', "ricordami tra 10 min di girare l'arrosto", reminder(c.inMinutes(10))],
      ['it', "ricordami martedì dopo pranzo di chiamare l'INPS", reminder(c.at(c.weekday(TUE), 14))],
      ['it', 'x favore ricordami domani alle 3 di chiamare Gigi', reminder(c.at(tomorrow, 15))],
      ['it', 'ricordami stasera alle 9 di chiamare mamma, nn farmi dimenticare', reminder(c.at(c.today, 21))],
      ['it', 'ricordami tra 2 ore di ritirare la raccomandata cmq', reminder(c.inMinutes(120))],
      ['it', 'ricordami all una e mezza di pranzare', reminder(c.next(13, 30))],
      ['it', 'ricordami tra mezzora di spegnere il forno', reminder(c.inMinutes(30))],
      ['it', 'ricordami dmn mattina di portare il pc', reminder(c.at(tomorrow, 9))],
      ['it', 'ricordami tra 3 gg di rinnovare l abbonamento', reminder(c.at(c.day(3), 10))],
      ['it', 'ricordami sabato pome di passare dal meccanico', reminder(c.at(c.weekday(SAT), 15))],
      ['en', 'remind me 2morrow at 9 to call the bank', reminder(c.at(tomorrow, 9))],
      ['en', 'pls remind me tmrw at 3 to pick up the kids', reminder(c.at(tomorrow, 15))],
      ['en', 'remind me in 30 mins to check the oven', reminder(c.inMinutes(30))],
      ['en', 'remind me 2nite at 8 to call mum', reminder(c.at(c.today, 20))],
      ['en', 'remind me in 2 hrs to move the car', reminder(c.inMinutes(120))],
      ['en', 'remind me tmr morning to send the invoice', reminder(c.at(tomorrow, 9))],
      ['en', 'remind me @ 5 to leave work', reminder(c.next(17))],
      ['en', 'remind me b4 noon to call the vet', reminder(c.next(12))],
      ['en', 'remind me in 15 min to turn off the stove', reminder(c.inMinutes(15))],
      ['en', 'thx, remind me tomorow at 10 to email Jo', reminder(c.at(tomorrow, 10))],
      ['en', 'remind me l8r today at 6 to buy milk', reminder(c.at(c.today, 18))],
      ['en', 'remind me on fri at 2 to call the plumber', reminder(c.at(c.weekday(FRI), 14))],
      ['en', 'remind me in an hr to stretch', reminder(c.inMinutes(60))],
      ['en', 'remind me 2morrow nite at 9 to lock up', reminder(c.at(tomorrow, 21))],
      ['en', 'remind me in half an hr to call Sam', reminder(c.inMinutes(30))],
    ];
  },
};
