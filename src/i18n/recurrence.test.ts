import { describe, expect, it } from 'vitest';
import { describeRecurrence } from './recurrence.js';

describe('recurrence in words', () => {
  it.each([
    ['FREQ=DAILY', 'ogni giorno', 'every day'],
    ['FREQ=WEEKLY;BYDAY=MO', 'ogni lunedì', 'every Monday'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'dal lunedì al venerdì', 'every weekday'],
    ['FREQ=WEEKLY;BYDAY=TU,TH', 'ogni martedì e giovedì', 'every Tuesday and Thursday'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', 'ogni due settimane di venerdì', 'every other Friday'],
    ['FREQ=MONTHLY;BYMONTHDAY=5', 'il 5 di ogni mese', 'on the 5th of every month'],
    ['FREQ=MONTHLY;BYMONTHDAY=1', 'il primo di ogni mese', 'on the 1st of every month'],
    ['FREQ=MONTHLY;BYMONTHDAY=22', 'il 22 di ogni mese', 'on the 22nd of every month'],
    ['FREQ=MONTHLY;BYMONTHDAY=13', 'il 13 di ogni mese', 'on the 13th of every month'],
    ['FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1', 'ogni anno il primo maggio', 'every year on 1 May'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=10', 'ogni anno il 10 febbraio', 'every year on 10 February'],
  ])('%s', (rrule, italian, english) => {
    expect(describeRecurrence(rrule, 'it')).toBe(italian);
    expect(describeRecurrence(rrule, 'en')).toBe(english);
  });
});
