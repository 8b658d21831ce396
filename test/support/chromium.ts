import { chromium, type Browser, type Page } from 'playwright-core';
import { STAFF_PASSWORD } from './staff.js';

/** Debian's Chromium (`apt-get install chromium`), headless, calling nothing of its own on the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Logs in on the back-office's login page as a person does (the labelled fields, the button
 * named in the page's language) and waits for the board.
 */
export async function logInOnPage(
  page: Page,
  base: string,
  email: string,
  button: 'Log in' | 'Accedi' = 'Log in',
): Promise<void> {
  await page.goto(`${base}/admin/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL(`${base}/admin`);
}
