import type { types } from '@slack/bolt';
import type { Button, OutboundMessage } from '../../kernel/messaging.js';

/** Buttons in client DMs carry this action_id prefix; the DM adapter listens for it. */
export const dmActionPrefix = 'dm:';

// Slack's limits: section text 3000 characters, button label 75.
const sectionTextLimit = 3000;
const buttonLabelLimit = 75;

/**
 * Slack reads &, < and > as control characters in message text (<@U123>, <!channel>, links).
 * Escaping them shows the text exactly as written and never lets it mention or link.
 */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapedChunks(text: string): string[] {
  const chunks: string[] = [];
  let current = '';
  // Per character, so an entity such as &amp; is never cut in two.
  for (const char of text) {
    const escaped = escapeSlackText(char);
    if (current.length + escaped.length > sectionTextLimit) {
      chunks.push(current);
      current = '';
    }
    current += escaped;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

function buttonLabel(label: string): string {
  const chars = [...label];
  return chars.length <= buttonLabelLimit ? label : `${chars.slice(0, buttonLabelLimit - 1).join('')}…`;
}

function actionsBlock(row: Button[], rowIndex: number): types.ActionsBlock {
  return {
    type: 'actions',
    block_id: `dm-row-${rowIndex}`,
    elements: row.map((button, index) => ({
      type: 'button',
      action_id: `${dmActionPrefix}${rowIndex}:${index}`,
      text: { type: 'plain_text', text: buttonLabel(button.label), emoji: true },
      value: button.data,
    })),
  };
}

/**
 * A client DM as Slack blocks: the text in mrkdwn sections (escaped), one actions block per
 * row of buttons, and the same text as the plain fallback used by notifications.
 */
export function dmMessagePayload(message: Pick<OutboundMessage, 'text' | 'buttons'>): {
  text: string;
  blocks: types.KnownBlock[];
} {
  const blocks: types.KnownBlock[] = escapedChunks(message.text).map((text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text },
  }));
  (message.buttons ?? []).forEach((row, rowIndex) => {
    if (row.length > 0) blocks.push(actionsBlock(row, rowIndex));
  });
  return { text: escapeSlackText(message.text), blocks };
}
