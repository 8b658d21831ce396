import { describe, expect, it } from 'vitest';
import { blockActionsPayload, messageEventEnvelope } from '../../../test/support/fake-slack.js';
import { ValidationError } from '../../kernel/errors.js';
import { mapDmAction, mapDmMessage, slackTextToPlain } from './map-event.js';

const file = (fields: Record<string, unknown>) => ({
  id: 'F1',
  name: 'x',
  mimetype: 'application/octet-stream',
  size: 10,
  mode: 'hosted',
  ...fields,
});

describe('mapDmMessage', () => {
  it('keeps a threaded reply linked to the message it answers, but not a thread parent to itself', () => {
    const reply = mapDmMessage(
      messageEventEnvelope({ text: 'sì', ts: '1700000100.000200', threadTs: '1700000000.000100' }),
    );
    const parent = mapDmMessage(
      messageEventEnvelope({ text: 'ciao', ts: '1700000000.000100', threadTs: '1700000000.000100' }),
    );

    expect(reply?.replyToExternalMessageId).toBe('1700000000.000100');
    expect(parent?.replyToExternalMessageId).toBeUndefined();
  });

  it('turns shared files into attachments of the right kind and skips files Slack no longer serves', () => {
    const message = mapDmMessage(
      messageEventEnvelope({
        subtype: 'file_share',
        text: '',
        files: [
          file({ id: 'F1', name: 'scontrino.jpg', mimetype: 'image/jpeg', size: 52_000 }),
          file({ id: 'F2', name: 'audio_message.webm', mimetype: 'audio/webm', subtype: 'slack_audio' }),
          file({ id: 'F3', name: 'canzone.mp3', mimetype: 'audio/mpeg' }),
          file({ id: 'F4', name: 'contratto.pdf', mimetype: 'application/pdf' }),
          file({ id: 'F5', name: 'clip.mp4', mimetype: 'video/mp4' }),
          { id: 'F6', mode: 'tombstone' },
        ],
      }),
    );

    expect(message?.attachments).toEqual([
      { kind: 'photo', fileId: 'F1', fileName: 'scontrino.jpg', mimeType: 'image/jpeg', sizeBytes: 52_000 },
      { kind: 'voice', fileId: 'F2', fileName: 'audio_message.webm', mimeType: 'audio/webm', sizeBytes: 10 },
      { kind: 'audio', fileId: 'F3', fileName: 'canzone.mp3', mimeType: 'audio/mpeg', sizeBytes: 10 },
      { kind: 'document', fileId: 'F4', fileName: 'contratto.pdf', mimeType: 'application/pdf', sizeBytes: 10 },
      { kind: 'video', fileId: 'F5', fileName: 'clip.mp4', mimeType: 'video/mp4', sizeBytes: 10 },
    ]);
  });

  it.each([
    ['a channel message', { channel: 'C0GENERAL', channelType: 'channel' as const, text: 'ciao' }],
    ['a bot message', { subtype: 'bot_message', botId: 'B0OTHER', text: 'deploy ok' }],
    ['an edit', { subtype: 'message_changed' }],
    ['a deletion', { subtype: 'message_deleted' }],
    ['an empty message', { text: '   ' }],
  ])('ignores %s', (_what, options) => {
    expect(mapDmMessage(messageEventEnvelope(options))).toBeNull();
  });

  it('refuses a DM event without the fields it needs', () => {
    const envelope = messageEventEnvelope({ text: 'ciao' });
    delete (envelope.event as Record<string, unknown>).ts;

    expect(() => mapDmMessage(envelope)).toThrow(ValidationError);
  });
});

describe('slackTextToPlain', () => {
  it('shows links, mentions and escaped characters as the person wrote them', () => {
    expect(
      slackTextToPlain(
        'scrivi a <mailto:anna@studio.it|anna@studio.it> e <@U0ANNA>, vedi <https://studio.it/p?a=1&amp;b=2> &lt;urgente&gt; <#C0DESK|desk> <!here>',
      ),
    ).toBe('scrivi a anna@studio.it e @U0ANNA, vedi https://studio.it/p?a=1&b=2 <urgente> #desk @here');
  });

  it('keeps the address of a link given a label, which the client could not open otherwise', () => {
    expect(
      slackTextToPlain(
        'il costo è quello del <https://www.registroimprese.it/visure?x=1&amp;y=2|Registro Imprese>, vedi <http://studio.it/|studio.it>',
      ),
    ).toBe('il costo è quello del Registro Imprese (https://www.registroimprese.it/visure?x=1&y=2), vedi studio.it');
    expect(slackTextToPlain('scrivi a <mailto:anna@studio.it|Anna>')).toBe('scrivi a Anna (anna@studio.it)');
  });
});

describe('mapDmAction', () => {
  it('ignores buttons that are not DM buttons (the desk has its own)', () => {
    expect(mapDmAction(blockActionsPayload({ actionId: 'desk:claim', value: 'T-17', channel: 'C0DESK' }))).toBeNull();
  });

  it('refuses a button value longer than any we send', () => {
    expect(() => mapDmAction(blockActionsPayload({ actionId: 'dm:0:0', value: 'x'.repeat(300) }))).toThrow(
      ValidationError,
    );
  });
});
