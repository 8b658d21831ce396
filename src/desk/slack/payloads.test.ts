import { describe, expect, it } from 'vitest';
import { blockActionsPayload, messageEventEnvelope } from '../../../test/support/fake-slack.js';
import { parseDeskPress } from './interactions.js';
import { chunks } from '../cards/desk-channel.js';
import { mapThreadMessage } from './thread-relay.js';

const ticketId = '0193a8f2-1c2d-7e4f-8a9b-0c1d2e3f4a5b';

describe('thread messages', () => {
  it('keeps a person replying in a channel thread', () => {
    const envelope = messageEventEnvelope({
      user: 'UGIULIA',
      channel: 'C0DESK',
      channelType: 'channel',
      text: 'Pronto!',
      ts: '100.000002',
      threadTs: '100.000001',
    });
    expect(mapThreadMessage(envelope)).toEqual({
      channel: 'C0DESK',
      threadTs: '100.000001',
      ts: '100.000002',
      user: 'UGIULIA',
      text: 'Pronto!',
      files: [],
    });
  });

  it('ignores bots, edits, top-level messages and DMs', () => {
    expect(
      mapThreadMessage(
        messageEventEnvelope({ botId: 'B1', channel: 'C0DESK', channelType: 'channel', threadTs: '1.1' }),
      ),
    ).toBeNull();
    expect(
      mapThreadMessage(
        messageEventEnvelope({
          user: 'U1',
          channel: 'C0DESK',
          channelType: 'channel',
          threadTs: '1.1',
          subtype: 'message_changed',
        }),
      ),
    ).toBeNull();
    expect(
      mapThreadMessage(messageEventEnvelope({ user: 'U1', channel: 'C0DESK', channelType: 'channel', text: 'hi' })),
    ).toBeNull();
    expect(
      mapThreadMessage(messageEventEnvelope({ user: 'U1', channel: 'D1', channelType: 'im', threadTs: '1.1' })),
    ).toBeNull();
    expect(
      mapThreadMessage(
        messageEventEnvelope({ user: 'U1', channel: 'C0DESK', channelType: 'channel', ts: '2.2', threadTs: '2.2' }),
      ),
    ).toBeNull();
  });
});

describe('card button presses', () => {
  it('reads the action, the ticket and who pressed', () => {
    const press = parseDeskPress(
      blockActionsPayload({ actionId: 'desk:claim', value: ticketId, user: 'UGIULIA', channel: 'C0DESK' }),
    );
    expect(press).toMatchObject({ action: 'claim', ticketId, userId: 'UGIULIA', channelId: 'C0DESK' });
  });

  it('refuses tampered values and foreign actions', () => {
    expect(parseDeskPress(blockActionsPayload({ actionId: 'desk:claim', value: 'DROP TABLE tickets' }))).toBeNull();
    expect(parseDeskPress(blockActionsPayload({ actionId: 'desk:delete', value: ticketId }))).toBeNull();
    expect(parseDeskPress(blockActionsPayload({ actionId: 'dm:0:0', value: ticketId }))).toBeNull();
  });
});

describe('thread chunks', () => {
  it('splits long text without cutting an escaped entity', () => {
    expect(chunks('aaaaaaaa&amp;bbbbbbbb', 10)).toEqual(['aaaaaaaa', '&amp;bbbbb', 'bbb']);
    expect(chunks('short', 10)).toEqual(['short']);
  });
});
