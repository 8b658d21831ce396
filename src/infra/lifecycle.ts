import type { Logger } from './logger.js';

type Closer = { name: string; close: () => Promise<void> | void };

/**
 * Graceful shutdown: closers run in reverse order of registration, so intake stops first
 * (HTTP, polling), then workers finish their in-flight jobs, then connections close.
 */
export class Lifecycle {
  private readonly closers: Closer[] = [];
  private stopping: Promise<void> | undefined;

  constructor(private readonly logger: Logger) {}

  onStop(name: string, close: Closer['close']): void {
    this.closers.push({ name, close });
  }

  stop(): Promise<void> {
    this.stopping ??= this.runClosers();
    return this.stopping;
  }

  /** SIGTERM/SIGINT stop gracefully and exit 0; a second signal exits at once. */
  handleSignals(exit: (code: number) => void = (code) => process.exit(code)): void {
    const onSignal = (signal: NodeJS.Signals) => {
      if (this.stopping) {
        this.logger.warn({ signal }, 'second signal: exiting now');
        exit(1);
        return;
      }
      this.logger.info({ signal }, 'shutting down');
      this.stop().then(
        () => exit(0),
        () => exit(1),
      );
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
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
