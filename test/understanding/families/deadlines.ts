import type { Family } from './calendar.js';
import { FRI, MON, NOW, reminder, task, THU, TZ } from './common.js';

/** Deadlines: a task's `due`, and a reminder that fires before the deadline, never at it. */
export const deadlines: Family = {
  name: 'deadlines',
  now: NOW,
  tz: TZ,
  cases: (c) => {
    const y = c.today.year;
    const date = (month: number, day: number) => ({ year: y, month, day });
    const before = (deadline: ReturnType<typeof date>, days: number) =>
      reminder(c.at(c.plus(deadline, -days), 9), { due: c.iso(deadline) });
    const endOfMonth = c.iso(date(2, 28));
    return [
      ['it', "devo pagare l'F24 entro il 16, ricordamelo qualche giorno prima", before(date(2, 16), 2)],
      ['it', 'devo inviare la domanda entro il 5 marzo, ricordamelo il giorno prima', before(date(3, 5), 1)],
      [
        'it',
        "l'assicurazione va rinnovata entro il 30 aprile, ricordamelo una settimana prima",
        before(date(4, 30), 7),
      ],
      ['it', 'ricordami venerdì di mandare il bilancio entro le 18', reminder(c.at(c.weekday(FRI), 9))],
      ['it', 'ricordami giovedì di depositare la memoria entro le 12', reminder(c.at(c.weekday(THU), 9))],
      ['it', 'Traduci il contratto entro venerdì', task(c.iso(c.weekday(FRI)))],
      ['it', 'Prepara la presentazione entro fine mese', task(endOfMonth)],
      ['it', 'Scrivi la lettera entro domani', task(c.iso(c.day(1)))],
      ['it', 'mi serve in giornata la bozza della lettera, potete prepararla?', task(c.iso(c.today))],
      ['it', 'devo consegnare il progetto entro il 25, ricordamelo 3 giorni prima', before(date(2, 25), 3)],
      ['it', 'Cerca un hotel a Roma entro la fine della settimana', task(c.iso(c.weekday(FRI)))],
      ['it', 'devo pagare la rata entro il 28 febbraio, ricordamelo due giorni prima', before(date(2, 28), 2)],
      ['it', 'Prepara le buste paga entro il 27', task(c.iso(date(2, 27)))],
      ['it', 'il bollo scade entro il 31 marzo, ricordamelo una settimana prima', before(date(3, 31), 7)],
      ['it', 'ricordami lunedì di firmare il contratto entro mezzogiorno', reminder(c.at(c.weekday(MON), 9))],
      ['en', 'I have to file the return by the 16th, remind me a few days before', before(date(2, 16), 2)],
      ['en', 'I need to send the application by March 5, remind me the day before', before(date(3, 5), 1)],
      ['en', 'The insurance must be renewed by April 30, remind me a week before', before(date(4, 30), 7)],
      ['en', 'Remind me on Friday to send the accounts by 6pm', reminder(c.at(c.weekday(FRI), 9))],
      ['en', 'Remind me on Thursday to file the brief by noon', reminder(c.at(c.weekday(THU), 9))],
      ['en', 'Translate the contract by Friday', task(c.iso(c.weekday(FRI)))],
      ['en', 'Prepare the slides by the end of the month', task(endOfMonth)],
      ['en', 'Write the letter by tomorrow', task(c.iso(c.day(1)))],
      ['en', 'Draft the letter by today', task(c.iso(c.today))],
      ['en', 'I must deliver the project by the 25th, remind me 3 days before', before(date(2, 25), 3)],
      ['en', 'Find a hotel in Rome by the end of the week', task(c.iso(c.weekday(FRI)))],
      ['en', 'I have to pay the instalment by February 28, remind me two days before', before(date(2, 28), 2)],
      ['en', 'Prepare the payslips by the 27th', task(c.iso(date(2, 27)))],
      ['en', 'The road tax expires on March 31, remind me a week before', before(date(3, 31), 7)],
      ['en', 'Remind me on Monday to sign the contract by noon', reminder(c.at(c.weekday(MON), 9))],
    ];
  },
};
