import { FIRST_ADMIN_COMMAND } from '../web/admin/pages/login.js';

/**
 * What `npm start` tells the person who started it, once the web role listens: the address to
 * open, and while nobody can log in to the back-office, how to create its first account.
 */
export function welcomeLines(input: { siteUrl: string; staffUsers: number }): string[] {
  const lines = [
    `Delego is running. Open ${input.siteUrl}/ for the web chat and ${input.siteUrl}/admin for the back-office.`,
  ];
  if (input.staffUsers === 0)
    lines.push('No back-office account yet. Create the first one (the owner) with:', `  ${FIRST_ADMIN_COMMAND}`);
  return lines;
}
