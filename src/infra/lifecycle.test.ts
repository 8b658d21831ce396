import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { Lifecycle } from './lifecycle.js';

const silent = pino({ level: 'silent' });

function stoppable(): { lifecycle: Lifecycle; finish: () => void; closed: () => number } {
  const lifecycle = new Lifecycle(silent);
  let closes = 0;
  let finish = () => undefined as void;
  lifecycle.onStop('slow worker', () => {
    closes += 1;
    return new Promise<void>((resolve) => (finish = resolve));
  });
  return { lifecycle, finish: () => finish(), closed: () => closes };
}

describe('Lifecycle signals', () => {
  it('takes copies of a signal arriving together as one request and exits 0 once stopped', async () => {
    const { lifecycle, finish, closed } = stoppable();
    const exits: number[] = [];
    let clock = 0;
    const onSignal = lifecycle.signalHandler({ exit: (code) => exits.push(code), graceMs: 2_000, now: () => clock });
    onSignal('SIGTERM');
    clock = 5;
    onSignal('SIGTERM');
    clock = 1_999;
    onSignal('SIGINT');
    expect(exits).toEqual([]);
    finish();
    await lifecycle.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([0]);
    expect(closed()).toBe(1);
  });

  it('exits at once on a second request after the grace window', () => {
    const { lifecycle } = stoppable();
    const exits: number[] = [];
    let clock = 0;
    const onSignal = lifecycle.signalHandler({ exit: (code) => exits.push(code), graceMs: 2_000, now: () => clock });
    onSignal('SIGINT');
    clock = 2_000;
    onSignal('SIGINT');
    expect(exits).toEqual([1]);
  });
});
