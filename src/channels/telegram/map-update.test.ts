import { describe, expect, it } from 'vitest';
import { chatKeyOf, mapUpdate, parseCommand, type MappedUpdate } from './map-update.js';

const receivedAt = new Date('2026-11-23T10:00:00Z');
const context = { botUsername: 'DelegoBot', receivedAt };
const mario = {
  id: 42,
  is_bot: false,
  first_name: 'Mario',
  last_name: 'Rossi',
  username: 'mrossi',
  language_code: 'it',
};
const privateChat = { id: 42, type: 'private', first_name: 'Mario' };

function messageUpdate(fields: Record<string, unknown>, updateId = 7): unknown {
  return {
    update_id: updateId,
    message: { message_id: 100, date: 1_790_000_000, chat: privateChat, from: mario, ...fields },
  };
}

function inbound(result: MappedUpdate) {
  if (result.kind !== 'inbound') throw new Error(`expected an inbound message, got ${result.kind}: ${result.reason}`);
  return result.message;
}

describe('mapUpdate', () => {
  it('maps a private text message with who, where and what it replies to', () => {
    const message = inbound(
      mapUpdate(
        messageUpdate({
          text: 'Ricordami di chiamare Rossi domani',
          reply_to_message: { message_id: 99, date: 0, chat: privateChat },
        }),
        context,
      ),
    );
    expect(message).toEqual({
      channel: 'telegram',
      idempotencyKey: 'tg:7',
      externalUserId: '42',
      chatId: '42',
      displayName: 'Mario Rossi',
      languageHint: 'it',
      text: 'Ricordami di chiamare Rossi domani',
      attachments: [],
      externalMessageId: '100',
      replyToExternalMessageId: '99',
      receivedAt,
    });
  });

  it('falls back to the username when the user has no name', () => {
    const message = inbound(
      mapUpdate(
        messageUpdate({ text: 'ciao', from: { id: 42, is_bot: false, first_name: '', username: 'mrossi' } }),
        context,
      ),
    );
    expect(message.displayName).toBe('mrossi');
    expect(message.languageHint).toBeUndefined();
  });

  it.each([
    ['/start ABC123', { name: 'start', arg: 'ABC123' }],
    ['/start', { name: 'start' }],
    ['/help', { name: 'help' }],
    ['/start@DelegoBot ABC123', { name: 'start', arg: 'ABC123' }],
    ['/Start@delegobot', { name: 'start' }],
  ])('reads %s as a command', (text, command) => {
    const message = inbound(
      mapUpdate(
        messageUpdate({
          text,
          entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 0 }],
        }),
        context,
      ),
    );
    expect(message.command).toEqual(command);
    expect(message.text).toBe(text);
  });

  it.each(['/start@OtherBot ABC', '/ciao!', 'ciao /start', '/'])('keeps %s as plain text', (text) => {
    expect(inbound(mapUpdate(messageUpdate({ text }), context)).command).toBeUndefined();
  });

  it('takes a command addressed to any bot when its own username is not known yet', () => {
    expect(parseCommand('/start@SomeBot X')).toEqual({ name: 'start', arg: 'X' });
  });

  it('reads the caption of a document as its text, with the file details', () => {
    const message = inbound(
      mapUpdate(
        messageUpdate({
          caption: 'Traduci in inglese entro venerdì',
          document: {
            file_id: 'BQAD-1',
            file_unique_id: 'u1',
            file_name: 'contratto.pdf',
            mime_type: 'application/pdf',
            file_size: 48_213,
          },
        }),
        context,
      ),
    );
    expect(message.text).toBe('Traduci in inglese entro venerdì');
    expect(message.command).toBeUndefined();
    expect(message.attachments).toEqual([
      { kind: 'document', fileId: 'BQAD-1', fileName: 'contratto.pdf', mimeType: 'application/pdf', sizeBytes: 48_213 },
    ]);
  });

  it('keeps only the largest size of a photo', () => {
    const photo = [
      { file_id: 'small', file_unique_id: 's', width: 90, height: 60, file_size: 1_000 },
      { file_id: 'large', file_unique_id: 'l', width: 1280, height: 853, file_size: 120_000 },
      { file_id: 'medium', file_unique_id: 'm', width: 320, height: 213, file_size: 15_000 },
    ];
    const message = inbound(mapUpdate(messageUpdate({ photo }), context));
    expect(message.text).toBe('');
    expect(message.attachments).toEqual([
      { kind: 'photo', fileId: 'large', mimeType: 'image/jpeg', sizeBytes: 120_000 },
    ]);
  });

  it.each([
    [
      'voice',
      { file_id: 'v1', file_unique_id: 'v', duration: 4, mime_type: 'audio/ogg', file_size: 9_000 },
      { kind: 'voice', fileId: 'v1', mimeType: 'audio/ogg', sizeBytes: 9_000 },
    ],
    [
      'audio',
      { file_id: 'a1', file_unique_id: 'a', duration: 180, file_name: 'nota.mp3', mime_type: 'audio/mpeg' },
      { kind: 'audio', fileId: 'a1', fileName: 'nota.mp3', mimeType: 'audio/mpeg' },
    ],
    [
      'video',
      {
        file_id: 'w1',
        file_unique_id: 'w',
        width: 640,
        height: 480,
        duration: 9,
        mime_type: 'video/mp4',
        file_size: 500_000,
      },
      { kind: 'video', fileId: 'w1', mimeType: 'video/mp4', sizeBytes: 500_000 },
    ],
  ])('maps a %s attachment', (field, file, attachment) => {
    expect(inbound(mapUpdate(messageUpdate({ [field]: file }), context)).attachments).toEqual([attachment]);
  });

  it('still passes on a message with nothing readable (a sticker), as empty text', () => {
    const message = inbound(
      mapUpdate(
        messageUpdate({
          sticker: {
            file_id: 'st',
            file_unique_id: 's',
            type: 'regular',
            width: 512,
            height: 512,
            is_animated: false,
            is_video: false,
          },
        }),
        context,
      ),
    );
    expect(message).toMatchObject({ text: '', attachments: [], idempotencyKey: 'tg:7' });
  });

  it('maps a button press to an action and keeps the callback query id to answer', () => {
    const result = mapUpdate(
      {
        update_id: 8,
        callback_query: {
          id: 'cb-1',
          from: mario,
          chat_instance: '1',
          data: 'reminder:confirm:12',
          message: { message_id: 55, date: 0, chat: privateChat, text: 'Confermi?' },
        },
      },
      context,
    );
    expect(result).toMatchObject({ kind: 'inbound', callbackQueryId: 'cb-1' });
    expect(inbound(result)).toMatchObject({
      idempotencyKey: 'tg:8',
      chatId: '42',
      externalUserId: '42',
      text: '',
      action: { data: 'reminder:confirm:12' },
      replyToExternalMessageId: '55',
    });
  });

  it('ignores group chats, but still answers a button pressed there', () => {
    const group = { id: -100123, type: 'supergroup', title: 'Ufficio' };
    expect(mapUpdate(messageUpdate({ chat: group, text: '/start ABC' }), context)).toEqual({
      kind: 'ignored',
      reason: 'not_private_chat',
    });
    expect(
      mapUpdate(
        {
          update_id: 9,
          callback_query: {
            id: 'cb-2',
            from: mario,
            chat_instance: '1',
            data: 'x',
            message: { message_id: 1, date: 0, chat: group },
          },
        },
        context,
      ),
    ).toEqual({
      kind: 'ignored',
      reason: 'not_private_chat',
      callbackQueryId: 'cb-2',
    });
  });

  it('ignores edits, channel posts and bots', () => {
    expect(
      mapUpdate(
        {
          update_id: 10,
          edited_message: {
            message_id: 100,
            date: 0,
            edit_date: 1,
            chat: privateChat,
            from: mario,
            text: 'typo fixed',
          },
        },
        context,
      ),
    ).toMatchObject({ kind: 'ignored', reason: 'unsupported_update' });
    expect(
      mapUpdate(
        { update_id: 11, channel_post: { message_id: 1, date: 0, chat: { id: -1, type: 'channel' }, text: 'news' } },
        context,
      ),
    ).toMatchObject({ kind: 'ignored' });
    expect(
      mapUpdate(messageUpdate({ text: 'hi', from: { id: 5, is_bot: true, first_name: 'OtherBot' } }), context),
    ).toMatchObject({ kind: 'ignored', reason: 'unsupported_update' });
  });

  it('calls a body that is not an update unreadable instead of throwing', () => {
    for (const raw of [null, 'text', { update_id: 'x' }, { update_id: 1, message: { chat: privateChat } }]) {
      expect(mapUpdate(raw, context)).toEqual({ kind: 'ignored', reason: 'unreadable_update' });
    }
  });
});

describe('chatKeyOf', () => {
  it('groups messages and button presses of one chat together', () => {
    const press = {
      update_id: 2,
      callback_query: {
        id: 'c',
        from: mario,
        chat_instance: '1',
        data: 'x',
        message: { message_id: 1, date: 0, chat: privateChat },
      },
    };
    expect(chatKeyOf(messageUpdate({ text: 'a' }, 1))).toBe(chatKeyOf(press));
    expect(chatKeyOf(messageUpdate({ text: 'a', chat: { id: 43, type: 'private' } }))).not.toBe(chatKeyOf(press));
  });
});
