import type { Family } from './calendar.js';
import { booking, FRI, MON, NOW, reminder, SAT, SUN, THU, TZ, WED } from './common.js';

/** The client corrects the time mid-sentence: the later words win, slot by slot (day, time of day). */
export const selfCorrection: Family = {
  name: 'self-correction',
  now: NOW,
  tz: TZ,
  cases: (c) => {
    const tomorrow = c.day(1);
    const on = (weekday: number, hour = 9) => c.at(c.weekday(weekday), hour);
    return [
      ['it', 'Ricordami domani alle 11 anzi no a mezzogiorno di chiamare Rossi', reminder(c.at(tomorrow, 12))],
      ['it', "Ricordami venerdì anzi sabato alle 10 di lavare l'auto", reminder(on(SAT, 10))],
      ['it', 'Ricordami alle 5 anzi alle 6 di uscire', reminder(c.next(18))],
      ['it', 'Ricordami domani, no scusa, dopodomani di pagare la bolletta', reminder(c.at(c.day(2), 9))],
      ['it', 'Ricordami lunedì alle 9, o meglio alle 10, di chiamare il notaio', reminder(on(MON, 10))],
      ['it', "Ricordami tra un'ora anzi tra due ore di richiamare Gina", reminder(c.inMinutes(120))],
      ['it', 'Fissa la call giovedì alle 15 anzi no alle 16', booking(on(THU, 16))],
      ['it', 'Ricordami domani mattina anzi domani sera di chiamare Luca', reminder(c.at(tomorrow, 19))],
      ['it', 'Ricordami il 3 marzo, anzi il 4, di mandare il preventivo', reminder(c.at(c.date(3, 4), 9))],
      ['it', 'Ricordami alle 8 cioè alle 9 di aprire', reminder(c.next(9))],
      ['it', 'Ricordami sabato anzi no domenica di chiamare la mamma', reminder(on(SUN))],
      ['it', 'Ricordami domani alle 3 anzi alle 4 di portare il cane dal veterinario', reminder(c.at(tomorrow, 16))],
      ['it', "Ricordami giovedì, no aspetta, venerdì di pagare l'affitto", reminder(on(FRI))],
      ['it', "Ricordami a mezzogiorno anzi all'una di pranzare", reminder(c.next(13))],
      ['it', 'Ricordami martedì alle 10 anzi mercoledì di chiamare il fornitore', reminder(on(WED, 10))],
      ['en', 'Remind me tomorrow at 11, I mean at noon, to call Ross', reminder(c.at(tomorrow, 12))],
      ['en', 'Remind me Friday, no wait, Saturday at 10 to wash the car', reminder(on(SAT, 10))],
      ['en', 'Remind me at 5, sorry, at 6 to leave', reminder(c.next(18))],
      ['en', 'Remind me tomorrow, actually the day after tomorrow, to pay the bill', reminder(c.at(c.day(2), 9))],
      ['en', 'Remind me Monday at 9, or rather at 10, to call the notary', reminder(on(MON, 10))],
      ['en', 'Remind me in an hour, no wait, in two hours, to call Gina', reminder(c.inMinutes(120))],
      ['en', 'Schedule the call Thursday at 3pm, I mean 4pm', booking(on(THU, 16))],
      ['en', 'Remind me tomorrow morning, actually tomorrow evening, to call Luke', reminder(c.at(tomorrow, 19))],
      ['en', 'Remind me on March 3rd, sorry, March 4th, to send the quote', reminder(c.at(c.date(3, 4), 9))],
      ['en', 'Remind me at 8, I mean at 9, to open up', reminder(c.next(9))],
      ['en', 'Remind me Saturday, no wait, Sunday to call mum', reminder(on(SUN))],
      ['en', 'Remind me tomorrow at 3, sorry, at 4 to take the dog to the vet', reminder(c.at(tomorrow, 16))],
      ['en', 'Remind me Thursday, actually Friday, to pay the rent', reminder(on(FRI))],
      ['en', 'Remind me at noon, make that 1pm, to have lunch', reminder(c.next(13))],
      ['en', 'Remind me Tuesday at 10, I mean Wednesday, to call the supplier', reminder(on(WED, 10))],
    ];
  },
};
