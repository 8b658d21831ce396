import type { Response } from 'express';
import type { StaffIdentity } from './sessions.js';

/** What loadStaffSession (auth.ts) put in res.locals: the logged-in person and the session's CSRF token. */
export function optionalStaff(res: Response): StaffIdentity | undefined {
  return res.locals.staff as StaffIdentity | undefined;
}

/** The logged-in person; only call it behind requireStaff. */
export function currentStaff(res: Response): StaffIdentity {
  const staff = optionalStaff(res);
  if (!staff) throw new Error('currentStaff used outside requireStaff');
  return staff;
}

/** The session's CSRF token, for the hidden `_csrf` field of every form. */
export function csrfTokenOf(res: Response): string {
  return (res.locals.csrfToken as string | undefined) ?? '';
}
