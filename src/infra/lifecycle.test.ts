import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { Lifecycle } from './lifecycle.js';

const silent = pino({ level: 'silent' });

function stoppable(): { lifecycle: Lifecycle; finish: () => void; closed: () => number } {
  const lifecycle = new Lifecycle(silent);
  let closes = 0;
  let finished = false;
  let finish: () => void = () => void (finished = true);
  lifecycle.onStop('slow worker', () => {
    closes += 1;
    return finished ? undefined : new Promise<void>((resolve) => (finish = resolve));
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

  it('a stop requested during start-up waits for it, then also closes what it started after the request', async () => {
    const lifecycle = new Lifecycle(silent);
    const closed: string[] = [];
    lifecycle.onStop('database', () => void closed.push('database'));
    let started: () => void = () => undefined;
    const startup = new Promise<void>((resolve) => (started = resolve)).then(() => {
      // the workers start only once the database is there, and would fail on a closed one
      if (closed.includes('database')) throw new Error('database closed under the start-up');
      lifecycle.onStop('workers', () => void closed.push('workers'));
    });
    lifecycle.starting(startup);
    const exits: number[] = [];
    lifecycle.signalHandler({ exit: (code) => exits.push(code) })('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toEqual([]);

    started();
    await startup;
    await lifecycle.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toEqual(['workers', 'database']);
    expect(exits).toEqual([0]);
  });

  it('a start-up that hangs does not keep a stop waiting beyond its limit', async () => {
    const lifecycle = new Lifecycle(silent, 50);
    const closed: string[] = [];
    lifecycle.onStop('redis', () => void closed.push('redis'));
    lifecycle.starting(new Promise<void>(() => undefined));
    await lifecycle.stop();
    expect(closed).toEqual(['redis']);
  });
});
