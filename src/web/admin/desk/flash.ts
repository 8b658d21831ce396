import type { Request, Response } from 'express';
import { z } from 'zod';
import { cookieValues, staffCookieOptions } from '../sessions.js';
import { deskForms } from './forms.js';

/**
 * What the ticket page says once after a desk act (post, redirect, get): which act was done and
 * what the desk added (the card thread's lines, notices). It rides in a short-lived cookie only
 * this site sets, so a link cannot make the page claim something happened.
 */
export const FLASH_COOKIE = 'delego_flash';
const FLASH_MS = 60_000;
/** A cookie holds about 4 kB: the lines are cut to fit. */
const LINES_MAX_CHARS = 2000;

const flashSchema = z.object({
  ticket: z.number().int(),
  act: z.enum(deskForms),
  lines: z.array(z.string()).max(10),
});
export type Flash = z.infer<typeof flashSchema>;

function fitted(lines: string[]): string[] {
  let left = LINES_MAX_CHARS;
  return lines.slice(0, 10).map((line) => {
    const cut = line.slice(0, Math.max(0, left));
    left -= cut.length;
    return cut;
  });
}

export function setFlash(res: Response, publicUrl: string | undefined, flash: Flash): void {
  const value = Buffer.from(JSON.stringify({ ...flash, lines: fitted(flash.lines) })).toString('base64url');
  res.cookie(FLASH_COOKIE, value, { ...staffCookieOptions(publicUrl), maxAge: FLASH_MS });
}

/** The flash for ticket `number`, once: reading it clears the cookie. */
export function takeFlash(
  req: Request,
  res: Response,
  publicUrl: string | undefined,
  number: number,
): Flash | undefined {
  const [value] = cookieValues(req.get('cookie'), FLASH_COOKIE);
  if (value === undefined) return undefined;
  res.clearCookie(FLASH_COOKIE, staffCookieOptions(publicUrl));
  try {
    const flash = flashSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return flash.success && flash.data.ticket === number ? flash.data : undefined;
  } catch {
    // a cookie that is not ours says nothing
    return undefined;
  }
}
