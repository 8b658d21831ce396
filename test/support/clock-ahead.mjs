// Loaded with `node --import` by scripts/test-clock-ahead.mjs: moves the wall clock of every
// process of the test run (vitest's workers and what they spawn) by DELEGO_CLOCK_SHIFT_DAYS.
// Code that reads the wall clock where it should read the injected clock then disagrees with
// tests written for fixed dates, the way it would once the real date passes those dates.
const shiftMs = Number(process.env.DELEGO_CLOCK_SHIFT_DAYS ?? '0') * 86_400_000;
if (Number.isFinite(shiftMs) && shiftMs !== 0) {
  const RealDate = globalThis.Date;
  // A plain function sharing Date's prototype, not a subclass: libraries that copy
  // Date.prototype's methods (@date-fns/tz) must still find them all.
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(RealDate.now() + shiftMs).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [RealDate.now() + shiftMs] : args, new.target);
  }
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = () => RealDate.now() + shiftMs;
  ShiftedDate.parse = RealDate.parse;
  ShiftedDate.UTC = RealDate.UTC;
  globalThis.Date = ShiftedDate;
}
