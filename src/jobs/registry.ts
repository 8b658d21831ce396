import type { AnyJobKind } from './kind.js';
import { bookingReminderKind } from './kinds/booking-reminder.js';
import { fileDownloadKind } from './kinds/file-download.js';
import { morningBriefingKind } from './kinds/morning-briefing.js';
import { reminderKind } from './kinds/reminder.js';
import { segreteriaReleaseKind } from './kinds/segreteria-release.js';
import { ticketFollowupKind } from './kinds/ticket-followup.js';

/** Every kind of job: the workers process them and the reconciler keeps them, in this order. A new kind is one file and one line here. */
export const jobKinds: readonly AnyJobKind[] = [
  reminderKind,
  bookingReminderKind,
  ticketFollowupKind,
  segreteriaReleaseKind,
  morningBriefingKind,
  fileDownloadKind,
];
