import { performance } from 'node:perf_hooks';
import type { Logger } from './logger.js';

type Closer = { name: string; close: () => Promise<void> | void };

/**
 * Copies of one signal reach every process of a group at once (Ctrl-C in a terminal, systemd,
 * `docker stop` with a shell entry): npm, tsx and node each get it, and npm and tsx forward theirs.
 * Signals this close together are one request to stop.
 */
export const SIGNAL_GRACE_MS = 2_000;

/** How long a stop requested during start-up waits for the start-up to finish before closing what it has. */
export const STARTUP_WAIT_MS = 10_000;

type SignalHandling = {
  exit?: (code: number) => void;
  graceMs?: number;
  /** Monotonic milliseconds: the grace window must not move with the wall clock. */
  now?: () => number;
};

/**
 * Graceful shutdown: closers run in reverse order of registration, so intake stops first
 * (HTTP, polling), then workers finish their in-flight jobs, then connections close.
 */
export class Lifecycle {
  private readonly closers: Closer[] = [];
  private stopping: Promise<void> | undefined;
  private startup: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly logger: Logger,
    private readonly startupWaitMs = STARTUP_WAIT_MS,
  ) {}

  onStop(name: string, close: Closer['close']): void {
    this.closers.push({ name, close });
  }

  /**
   * The start-up under way. A stop requested meanwhile (SIGTERM as soon as /healthz answers,
   * while the workers still start) waits for it: closing Redis or the database under a start-up
   * made it fail (exit 1), and what it opened after the request (the workers) stayed open.
   */
  starting(startup: Promise<unknown>): void {
    this.startup = startup.catch(() => undefined);
  }

  stop(): Promise<void> {
    this.stopping ??= this.startupSettled().then(() => this.runClosers());
    return this.stopping;
  }

  private async startupSettled(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.startupWaitMs);
    });
    await Promise.race([this.startup, waited]);
    clearTimeout(timer);
  }

  /** SIGTERM/SIGINT stop gracefully and exit 0; a second request after the grace window exits at once. */
  handleSignals(handling: SignalHandling = {}): void {
    const onSignal = this.signalHandler(handling);
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }

  /** The reaction to one received signal; exposed so the grace window can be tested without signals. */
  signalHandler({
    exit = (code) => process.exit(code),
    graceMs = SIGNAL_GRACE_MS,
    now = () => performance.now(),
  }: SignalHandling = {}): (signal: NodeJS.Signals) => void {
    let requestedAt: number | undefined;
    return (signal) => {
      if (requestedAt === undefined) {
        requestedAt = now();
        this.logger.info({ signal }, 'shutting down');
        this.stop().then(
          () => {
            this.logger.info({ signal }, 'stopped');
            exit(0);
          },
          () => exit(1),
        );
      } else if (now() - requestedAt < graceMs) {
        this.logger.debug({ signal }, 'signal copy ignored: already shutting down');
      } else {
        this.logger.warn({ signal }, 'second signal: exiting now');
        exit(1);
      }
    };
  }

  private async runClosers(): Promise<void> {
    let failed = false;
    for (const { name, close } of [...this.closers].reverse()) {
      try {
        await close();
      } catch (err) {
        failed = true;
        this.logger.error({ err, component: name }, 'error while stopping');
      }
    }
    if (failed) throw new Error('shutdown finished with errors');
  }
}
