import type { Family } from './calendar.js';
import { booking, FRI, MON, NOW, reminder, SAT, SUN, THU, TUE, TZ, WED } from './common.js';

/** Abbreviated weekdays: "wed morning", "thu 7p", "Wed at 11"; "mer alle 10", "ven. 19 feb". */
export const weekdayAbbreviations: Family = {
  name: 'weekday-abbreviations',
  now: NOW,
  tz: TZ,
  cases: (c) => {
    const on = (weekday: number, hour = 9, minute = 0) => c.at(c.weekday(weekday), hour, minute);
    return [
      ['it', 'Ricordami mer alle 10 di chiamare la banca', reminder(on(WED, 10))],
      ['it', 'Ricordami ven alle 15 di mandare il timesheet', reminder(on(FRI, 15))],
      ['it', 'Ricordami lun 15 feb di pagare la fattura', reminder(c.at(c.date(2, 15), 9))],
      ['it', 'Ricordami gio mattina di chiamare la scuola', reminder(on(THU))],
      ['it', 'Ricordami sab alle 10 di lavare la macchina', reminder(on(SAT, 10))],
      ['it', 'Ricordami dom sera di preparare la settimana', reminder(on(SUN, 19))],
      ['it', 'Riunione con Anna mer 17 feb alle 10, mettila in agenda', booking(c.at(c.date(2, 17), 10))],
      ['it', 'Ricordami mar alle 9 di rinnovare il permesso', reminder(on(TUE, 9))],
      ['it', 'Ricordami ven. 19 feb di portare i documenti', reminder(c.at(c.date(2, 19), 9))],
      ['it', 'Ricordami gio 18/2 di chiamare il dentista', reminder(c.at(c.date(2, 18), 9))],
      ['it', 'Pranzo con Tom ven alle 13, mettilo in agenda', booking(on(FRI, 13))],
      ['it', 'Ricordami lun alle 8:30 di aprire il negozio', reminder(on(MON, 8, 30))],
      ['it', 'Ricordami sab 20 feb alle 11 di ritirare la torta', reminder(c.at(c.date(2, 20), 11))],
      ['it', 'Ricordami mer pomeriggio di passare in posta', reminder(on(WED, 15))],
      ['it', 'Ricordami dom 21 feb di chiamare la nonna', reminder(c.at(c.date(2, 21), 9))],
      ['en', 'Remind me wed morning to call the bank', reminder(on(WED))],
      ['en', 'can you set up a meeting with the landlord Wed at 11', booking(on(WED, 11))],
      ['en', 'dinner w/ Sara thu 7p, add it to my calendar', booking(on(THU, 19))],
      ['en', 'Remind me fri at 3 to send the timesheet', reminder(on(FRI, 15))],
      ['en', 'Remind me on mon to renew the permit', reminder(on(MON))],
      ['en', 'Remind me sat morning to wash the car', reminder(on(SAT))],
      ['en', 'call with Jenkins tue at 11am', booking(on(TUE, 11))],
      ['en', 'Remind me thurs at 9 to call the school', reminder(on(THU, 9))],
      ['en', 'lunch with Tom fri at 1pm, put it in my calendar', booking(on(FRI, 13))],
      ['en', 'Remind me next tue to book the hotel', reminder(on(TUE))],
      ['en', 'Remind me by thu to sign the contract', reminder(on(THU))],
      ['en', 'Remind me sun evening to prepare the week', reminder(on(SUN, 19))],
      ['en', 'Remind me tues at 4:30 to collect the parcel', reminder(on(TUE, 16, 30))],
      ['en', 'Remind me mon 15 Feb to pay the invoice', reminder(c.at(c.date(2, 15), 9))],
      ['en', 'meeting with Ann wed 10am, add it to my calendar', booking(on(WED, 10))],
    ];
  },
};
