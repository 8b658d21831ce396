import type { Family } from './calendar.js';
import { booking, FRI, MON, NOW, reminder, SAT, THU, TUE, TZ, WED } from './common.js';

/** "il primo lunedì di marzo", "the last Friday of the month", and the same as monthly recurrences. */
export const ordinalWeekdays: Family = {
  name: 'ordinal-weekdays',
  now: NOW,
  tz: TZ,
  cases: (c) => {
    const y = c.today.year;
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    const monthly = (byDay: string, when: string) => reminder(when, { rrule: `FREQ=MONTHLY;BYDAY=${byDay}` });
    return [
      ['it', "Ricordami il primo lunedì di marzo di pagare l'assicurazione", reminder(nine(c.nth(y, 3, MON, 1)))],
      ['it', "Ricordami l'ultimo venerdì del mese di fare la chiusura", reminder(nine(c.nth(y, 2, FRI, -1)))],
      ['it', "Ricordami ogni primo lunedì del mese di mandare l'F24", monthly('1MO', nine(c.nth(y, 3, MON, 1)))],
      [
        'it',
        "l'ultimo venerdì di ogni mese alle 18 ricordami di fare l'inventario",
        monthly('-1FR', c.at(c.nth(y, 2, FRI, -1), 18)),
      ],
      [
        'it',
        'Ricordami il secondo martedì di aprile di chiamare il commercialista',
        reminder(nine(c.nth(y, 4, TUE, 2))),
      ],
      ['it', 'Metti in agenda il terzo giovedì di maggio la fiera', booking(c.iso(c.nth(y, 5, THU, 3)))],
      [
        'it',
        'Ricordami ogni secondo mercoledì del mese di pagare lo stipendio',
        monthly('2WE', nine(c.nth(y, 3, WED, 2))),
      ],
      ['it', 'Ricordami il primo venerdì del mese prossimo di fare il backup', reminder(nine(c.nth(y, 3, FRI, 1)))],
      ['it', "Ricordami l'ultimo lunedì di marzo di rinnovare il dominio", reminder(nine(c.nth(y, 3, MON, -1)))],
      [
        'it',
        'Ricordami tutti i primi lunedì del mese di controllare la PEC',
        monthly('1MO', nine(c.nth(y, 3, MON, 1))),
      ],
      [
        'it',
        'Ricordami ogni ultimo venerdì del mese alle 17 di fare il report',
        monthly('-1FR', c.at(c.nth(y, 2, FRI, -1), 17)),
      ],
      ['it', 'Ricordami il primo martedì di ottobre di votare', reminder(nine(c.nth(y, 10, TUE, 1)))],
      ['it', 'Segna in agenda il quarto sabato di giugno la festa del club', booking(c.iso(c.nth(y, 6, SAT, 4)))],
      ['it', 'Ricordami il penultimo venerdì di aprile di fare le buste paga', reminder(nine(c.nth(y, 4, FRI, -2)))],
      [
        'it',
        'Ricordami ogni terzo giovedì del mese di andare alla riunione del condominio',
        monthly('3TH', nine(c.nth(y, 2, THU, 3))),
      ],
      ['en', 'Remind me on the first Monday of March to pay the insurance', reminder(nine(c.nth(y, 3, MON, 1)))],
      ['en', 'Remind me on the last Friday of the month to close the books', reminder(nine(c.nth(y, 2, FRI, -1)))],
      [
        'en',
        'Remind me every first Monday of the month to send the VAT return',
        monthly('1MO', nine(c.nth(y, 3, MON, 1))),
      ],
      [
        'en',
        'Remind me on the last Friday of every month at 6pm to do the stock count',
        monthly('-1FR', c.at(c.nth(y, 2, FRI, -1), 18)),
      ],
      ['en', 'Book the client workshop on the third Tuesday of September 2027', booking(c.iso(c.nth(2027, 9, TUE, 3)))],
      ['en', 'Remind me on the second Tuesday of April to call the accountant', reminder(nine(c.nth(y, 4, TUE, 2)))],
      ['en', 'Remind me every second Wednesday of the month to run payroll', monthly('2WE', nine(c.nth(y, 3, WED, 2)))],
      ['en', 'Remind me on the first Friday of next month to do the backup', reminder(nine(c.nth(y, 3, FRI, 1)))],
      ['en', 'Remind me on the last Monday of March to renew the domain', reminder(nine(c.nth(y, 3, MON, -1)))],
      [
        'en',
        'Remind me each last Friday of the month at 5pm to send the report',
        monthly('-1FR', c.at(c.nth(y, 2, FRI, -1), 17)),
      ],
      ['en', 'Remind me on the first Tuesday of October to vote', reminder(nine(c.nth(y, 10, TUE, 1)))],
      ['en', 'Put the club party on the fourth Saturday of June in my calendar', booking(c.iso(c.nth(y, 6, SAT, 4)))],
      ['en', 'Remind me on the 2nd Thursday of May to renew the lease', reminder(nine(c.nth(y, 5, THU, 2)))],
      [
        'en',
        'Remind me every third Thursday of the month to attend the residents meeting',
        monthly('3TH', nine(c.nth(y, 2, THU, 3))),
      ],
      ['en', 'Remind me on the fifth Monday of March to review the budget', reminder(nine(c.nth(y, 3, MON, 5)))],
    ];
  },
};
