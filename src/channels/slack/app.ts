import type { App, ReceiverProcessEventErrorHandlerArgs, webApi } from '@slack/bolt';
import express, { type Router } from 'express';
import { ConfigError, DependencyError, errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import { slackBolt } from './bolt.js';
import { toBoltLogger } from './bolt-logger.js';
import { downloadFromSlack, type SlackFileContent } from './files.js';
import { actOnce, refuseFutureTimestamps, type FirstSeen } from './replay.js';
import { fromSlackError } from './web-api-errors.js';

export interface SlackAppDeps {
  botToken: string;
  /** HTTP mode: requests to POST /slack/events are verified with it */
  signingSecret?: string;
  /** Socket Mode when set (no public URL needed) */
  appToken?: string;
  /** SLACK_API_URL: another Web API base URL (a local fake in tests); ends with / */
  apiUrl?: string;
  /** where interactions are recorded so each acts once (Redis in production: redisFirstSeen) */
  firstSeen: FirstSeen;
  logger: Logger;
}

export interface SlackApp {
  /** the Bolt app: the client DM adapter and the desk register their listeners on it */
  app: App;
  /** HTTP mode only: mount at the root of the main express app (it serves POST /slack/events) */
  router?: Router;
  /** verifies the bot token (auth.test); in Socket Mode also connects */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** a file shared in Slack (client DM, desk thread), fetched with the bot token; larger than `maxBytes` is refused */
  downloadFile(fileId: string, maxBytes: number): Promise<SlackFileContent>;
}

export const slackEventsPath = '/slack/events';

// A few retries with backoff; a 429 is retried after its Retry-After by the WebClient itself.
const clientOptions = {
  retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000, randomize: true },
  timeout: 20_000,
} satisfies webApi.WebClientOptions;

function dependencyFailure(error: unknown): DependencyError | undefined {
  if (error instanceof DependencyError) return error;
  // Several listeners failing for one event come wrapped together.
  const originals = typeof error === 'object' && error !== null && 'originals' in error ? error.originals : undefined;
  return Array.isArray(originals)
    ? originals.find((e): e is DependencyError => e instanceof DependencyError)
    : undefined;
}

/**
 * How an HTTP request whose listener failed is answered: 503 when a dependency is down, so
 * Slack redelivers the event; otherwise Bolt's default (401 for authorization, else 500).
 */
function answerFailedRequest(log: Logger) {
  return async (args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    const dependency = dependencyFailure(args.error);
    if (!dependency || args.response.headersSent) {
      if (!dependency) log.error({ err: errorMessage(args.error) }, 'slack request failed');
      return slackBolt().HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
    }
    log.warn(
      { err: dependency.message },
      'slack request not processed: a dependency is unavailable; answering 503 so Slack retries',
    );
    args.response.writeHead(503);
    args.response.end();
    return true;
  };
}

async function slackStep(method: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (err) {
    throw fromSlackError(err, { method });
  }
}

/**
 * The Bolt app for both Slack surfaces. Each interaction acts once (`actOnce`), in both modes.
 * HTTP mode (signing secret) exposes a router for the main server; the answer to each request leaves when its listeners finish
 * (processBeforeResponse), which lets a listener's failure become a non-2xx answer. Listeners
 * must therefore ack() at once and return within about 2.5 seconds.
 */
export function createSlackApp(deps: SlackAppDeps): SlackApp {
  const log = deps.logger.child({ component: 'slack' });
  const logger = toBoltLogger(deps.logger);
  const common = {
    token: deps.botToken,
    logger,
    clientOptions: { ...clientOptions, ...(deps.apiUrl ? { slackApiUrl: deps.apiUrl } : {}) },
    // auth.test runs in start(), where a bad token or an unreachable Slack can be reported.
    deferInitialization: true,
    convoStore: false as const,
  };

  const downloadFile = (app: App) => (fileId: string, maxBytes: number) =>
    downloadFromSlack(app.client, deps.botToken, fileId, maxBytes);

  const { App, ExpressReceiver } = slackBolt();
  if (deps.appToken) {
    const app = new App({ ...common, socketMode: true, appToken: deps.appToken });
    app.use(actOnce(deps.firstSeen, deps.logger));
    return {
      app,
      downloadFile: downloadFile(app),
      start: async () => {
        await slackStep('auth.test', () => app.init());
        await slackStep('apps.connections.open', () => app.start());
      },
      stop: async () => {
        await app.stop();
      },
    };
  }

  if (!deps.signingSecret)
    throw new ConfigError('Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');
  const router = express.Router();
  // Bolt refuses timestamps more than 5 minutes old; this, those more than 5 minutes ahead.
  router.use(slackEventsPath, refuseFutureTimestamps(deps.logger));
  const receiver = new ExpressReceiver({
    signingSecret: deps.signingSecret,
    endpoints: slackEventsPath,
    router,
    processBeforeResponse: true,
    logger,
    processEventErrorHandler: answerFailedRequest(log),
  });
  const app = new App({ ...common, receiver });
  app.use(actOnce(deps.firstSeen, deps.logger));
  // Bolt's default handler logs every listener error; the receiver's handler above logs it once.
  app.error(async (error) => {
    throw error;
  });
  return {
    app,
    router,
    downloadFile: downloadFile(app),
    start: () => slackStep('auth.test', () => app.init()),
    // The main HTTP server owns the socket and closes it.
    stop: async () => undefined,
  };
}
