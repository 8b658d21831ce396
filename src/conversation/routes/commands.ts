import { readBriefingSwitch } from '../../domain/briefing/switch.js';
import { briefingSettingFlow } from '../flows/briefing-setting.js';
import { statusReportFlow } from '../flows/status.js';
import { say, type Route } from '../turn.js';

const helpCommands = ['start', 'help', 'aiuto'];
const statusCommands = ['stato', 'status'];

/** /start, /help, /stato and /briefing. */
export const commandRoute: Route = (msg) => {
  if (!msg.command) return undefined;
  if (helpCommands.includes(msg.command.name)) return say('help');
  if (statusCommands.includes(msg.command.name)) return statusReportFlow;
  const briefing = readBriefingSwitch(msg.command, msg.text);
  return briefing ? (ctx) => briefingSettingFlow(ctx, briefing) : undefined;
};

/** "briefing alle 7:30" in words; only after the relay: an answer to an assistant that reads like a switch is the assistant's. */
export const briefingWordsRoute: Route = (msg) => {
  const briefing = !msg.command && readBriefingSwitch(undefined, msg.text);
  return briefing ? (ctx) => briefingSettingFlow(ctx, briefing) : undefined;
};
