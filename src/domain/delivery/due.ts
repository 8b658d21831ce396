/** A job may run this much before its instant (clocks of processes differ a little). */
export const EARLY_TOLERANCE_MS = 1000;

/** True when `at` is still further ahead of `now` than a job may run early: the job waits until `at`. */
export const tooEarly = (at: Date, now: Date): boolean => at.getTime() - now.getTime() > EARLY_TOLERANCE_MS;
