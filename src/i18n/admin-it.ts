import type { AdminCatalog } from './admin-catalog.js';
import { itFrameTexts } from './admin-it/frame.js';
import { itTicketsTexts } from './admin-it/tickets.js';
import { itClientsTexts } from './admin-it/clients.js';
import { itReportsTexts } from './admin-it/reports.js';
import { itDeskTexts } from './admin-it/desk.js';
import { itMailboxTexts } from './admin-it/mailbox.js';

/** Italian texts of the web back-office (admin-it/): the same keys and parameters as the English catalog. */
export const adminIt: AdminCatalog = {
  ...itFrameTexts,
  ...itTicketsTexts,
  ...itClientsTexts,
  ...itReportsTexts,
  ...itDeskTexts,
  ...itMailboxTexts,
};
