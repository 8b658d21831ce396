import { createRequire } from 'node:module';
import type * as Bolt from '@slack/bolt';

let bolt: typeof Bolt | undefined;

/**
 * @slack/bolt, loaded on first use. With everything it pulls in (the Web API client, axios, its
 * receivers) it was about a third of the modules a start loads, for a channel that is off until
 * SLACK_BOT_TOKEN is set. Bolt is CommonJS, so a plain require loads it where it is needed.
 */
export function slackBolt(): typeof Bolt {
  bolt ??= createRequire(import.meta.url)('@slack/bolt') as typeof Bolt;
  return bolt;
}
