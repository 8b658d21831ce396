import { enFrameTexts } from './admin-en/frame.js';
import { enTicketsTexts } from './admin-en/tickets.js';
import { enClientsTexts } from './admin-en/clients.js';
import { enReportsTexts } from './admin-en/reports.js';
import { enDeskTexts } from './admin-en/desk.js';
import { enMailboxTexts } from './admin-en/mailbox.js';

/**
 * English texts of the web back-office, one part per area (admin-en/). This catalog defines the keys
 * and their parameters; the Italian one must have the same shape (admin-catalog.ts). Values are
 * escaped by the pages.
 */
export const adminEn = {
  ...enFrameTexts,
  ...enTicketsTexts,
  ...enClientsTexts,
  ...enReportsTexts,
  ...enDeskTexts,
  ...enMailboxTexts,
};
