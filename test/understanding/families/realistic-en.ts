import type { Calendar, Case, Family } from './calendar.js';
import {
  booking,
  FRI,
  MON,
  only,
  recurring,
  reminder,
  reschedule,
  SAT,
  SUN,
  task,
  taskAt,
  THU,
  TUE,
  WED,
} from './common.js';

/**
 * English messages as clients of a virtual office type them on a phone, in London on
 * Wednesday 10 February 2027 at 09:15: British forms ("Tuesday week", "a fortnight", "COB"),
 * shorthand, corrections, questions about requests.
 */
function reminders(c: Calendar): Case[] {
  const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
  const y = c.today.year;
  return [
    ['en', 'remind me at the end of the month to send the invoices', reminder(nine(c.date(2, 28)))],
    ['en', 'remind me next Tuesday week to renew the lease', reminder(nine(c.weekday(TUE, 1)))],
    ['en', 'remind me first thing tomorrow to call the bank', reminder(nine(c.day(1)))],
    ['en', 'remind me in a fortnight to chase the payment', reminder(c.at(c.day(14), 9, 15))],
    ['en', 'remind me at half past 3 to pick up the kids', reminder(c.at(c.today, 15, 30))],
    ['en', 'remind me at 1530 to call the accountant', reminder(c.at(c.today, 15, 30))],
    ['en', 'remind me tomorrow at 0830 to open up for the cleaners', reminder(c.at(c.day(1), 8, 30))],
    ['en', 'remind me on the 1st of March to pay the rent', reminder(nine(c.date(3, 1)))],
    ['en', 'remind me on March 3rd at 11am to send the VAT return', reminder(c.at(c.date(3, 3), 11))],
    ['en', 'remind me on the last Friday of the month to run payroll', reminder(nine(c.nth(y, 2, FRI, -1)))],
    ['en', 'remind me tonight at 9 to call mum', reminder(c.at(c.today, 21))],
    ['en', 'remind me at midnight to submit the tender', reminder(c.at(c.day(1), 0))],
    ['en', 'remind me in 45 mins to move the car', reminder(c.inMinutes(45))],
    ['en', 'remind me in an hour and a half to check the oven', reminder(c.inMinutes(90))],
    ['en', 'remind me a week from Monday to call the council', reminder(nine(c.weekday(MON, 1)))],
    ['en', 'remind me in 3 days to follow up with Sarah', reminder(c.at(c.day(3), 9, 15))],
    ['en', "remind me the day before Valentine's Day to order flowers", reminder(nine(c.date(2, 13)))],
    ['en', 'remind me at a quarter to 5 to leave for the station', reminder(c.at(c.today, 16, 45))],
    ['en', 'remind me this afternoon to call Jenny', reminder(c.at(c.today, 15))],
    ['en', 'remind me this evening at 7:45 to email the agent', reminder(c.at(c.today, 19, 45))],
    ['en', 'remind me tomorrow morning at 7 to take the train', reminder(c.at(c.day(1), 7))],
    ['en', 'remind me at 7am to water the plants', reminder(c.next(7))],
    ['en', 'remind me at 8 tonight to lock the back door', reminder(c.at(c.today, 20))],
    ['en', 'remind me on Wed at 11 to ring the landlord', reminder(c.at(c.weekday(WED), 11))],
    ['en', 'remind me next week to renew the domain', reminder(nine(c.weekday(MON)))],
    ['en', 'remind me on Good Friday at 5pm to close the till', reminder(c.at(c.easter(-2), 17))],
    ['en', 'remind me the day after tomorrow at noon to call the vet', reminder(c.at(c.day(2), 12))],
    ['en', 'remind me 2 weeks from Friday to book the MOT', reminder(nine(c.weekday(FRI, 2)))],
    ['en', 'remind me on the first Monday of next month to file the returns', reminder(nine(c.date(3, 1)))],
    ['en', 'pls remind me tmrw at 2 to call the school', reminder(c.at(c.day(1), 14))],
    ['en', 'remind me at 5, no wait, at 6 to leave the office', reminder(c.at(c.today, 18))],
    [
      'en',
      'remind me every Monday at 9am to send the weekly report',
      recurring(c.at(c.weekday(MON), 9), 'FREQ=WEEKLY;BYDAY=MO'),
    ],
    ['en', 'remind me every day at 6pm to lock the shop', recurring(c.at(c.today, 18), 'FREQ=DAILY')],
    [
      'en',
      'remind me on the 15th of every month to pay the loan',
      recurring(nine(c.date(2, 15)), 'FREQ=MONTHLY;BYMONTHDAY=15'),
    ],
    [
      'en',
      'I need to file the accounts by the 26th, remind me two days before',
      reminder(nine(c.date(2, 24)), { due: c.iso(c.date(2, 26)) }),
    ],
    ['en', 'remind me on Thursday to send the figures by 5pm', reminder(nine(c.weekday(THU)))],
    ['en', 'remind me Sat morning to do the stocktake', reminder(nine(c.weekday(SAT)))],
  ];
}

function bookings(c: Calendar): Case[] {
  return [
    ['en', 'book a table for 4 the day after tomorrow at noon', booking(c.at(c.day(2), 12), { partySize: 4 })],
    ['en', 'meeting with the landlord on Friday at 10, put it in my calendar', booking(c.at(c.weekday(FRI), 10))],
    ['en', "I've got the dentist on Monday at 4", booking(c.at(c.weekday(MON), 16))],
    ['en', "table for two at Luigi's on Saturday at 8pm", booking(c.at(c.weekday(SAT), 20), { partySize: 2 })],
    ['en', 'can you book me a haircut Thursday at 5.30?', booking(c.at(c.weekday(THU), 17, 30))],
    ['en', 'team meeting Monday 9am, add it to my calendar', booking(c.at(c.weekday(MON), 9))],
    ['en', 'lunch with Tom on Thursday, pop it in the diary', booking(c.iso(c.weekday(THU)))],
    ['en', 'call with the Leeds office tomorrow at 2:30pm', booking(c.at(c.day(1), 14, 30))],
    ['en', 'put the board meeting in my calendar for the 24th at 10am', booking(c.at(c.date(2, 24), 10))],
    ['en', 'book the meeting room for tomorrow from 3 to 5', booking(c.at(c.day(1), 15))],
    ['en', 'schedule a call with Priya next Tuesday at 11', booking(c.at(c.weekday(TUE), 11))],
    ['en', 'dinner with the Hendersons Sunday at 7, add it to my diary', booking(c.at(c.weekday(SUN), 19))],
  ];
}

function requests(c: Calendar): Case[] {
  return [
    ['en', 'send the draft to Mark COB friday', task(c.iso(c.weekday(FRI)))],
    ['en', 'translate the brochure into French by end of the month', task(c.iso(c.date(2, 28)))],
    ['en', 'write up the minutes by Thursday', task(c.iso(c.weekday(THU)))],
    ['en', 'call the plumber tomorrow at 10 and ask about the boiler', taskAt(c.at(c.day(1), 10))],
    ['en', 'find me a hotel in Milan for the trade fair', only('task')],
    ['en', 'can you chase the invoice from Acme by tomorrow?', task(c.iso(c.day(1)))],
    ['en', "what's on tomorrow?", only('agenda')],
    ['en', 'what have I got this week?', only('agenda')],
    ['en', 'anything on Friday afternoon?', only('agenda')],
    ['en', 'find me a free hour on Thursday afternoon', only('free_slots', { durationMin: 60 })],
    ['en', 'when am I free tomorrow morning?', only('free_slots')],
    ['en', 'in a meeting until 4, hold my calls', only('status', { availability: 'busy', until: c.at(c.today, 16) })],
    ['en', 'do not disturb until noon please', only('status', { availability: 'dnd', until: c.at(c.today, 12) })],
    ['en', "I'm back, you can put calls through", only('status', { availability: 'available' })],
    ['en', "how's the translation coming along?", only('ticket_status')],
    ['en', "did you book the table at Luigi's?", only('ticket_status')],
    ['en', 'any news on request 1055?', only('ticket_status', { ref: 1055 })],
    ['en', 'how many hours do I have left?', only('balance')],
    ['en', 'how many hours have I used this month?', only('balance')],
    ['en', 'cancel my dentist appointment on Monday', only('cancel')],
    ['en', 'scrap the reminder about the gas bill', only('cancel')],
    ['en', 'move the call with Smith to Thursday at 2pm', reschedule(c.at(c.weekday(THU), 14))],
    ['en', 'push the dentist back to next Friday at 4', reschedule(c.at(c.weekday(FRI), 16))],
    ['en', 'hey, how does this work?', only('help')],
    ['en', 'cheers, all good', only('other')],
  ];
}

export const realisticEn: Family = {
  name: 'realistic',
  now: '2027-02-10T09:15:00+00:00',
  tz: 'Europe/London',
  cases: (c) => [...reminders(c), ...bookings(c), ...requests(c)],
};
