import type { AttachmentKind } from '../../kernel/messaging.js';

const extensions: Record<string, string> = {
  'application/pdf': '.pdf',
  'audio/ogg': '.ogg',
  'audio/mpeg': '.mp3',
  'audio/mp4': '.m4a',
  'audio/webm': '.webm',
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'video/mp4': '.mp4',
  'video/webm': '.webm',
  'text/plain': '.txt',
};

/** Telegram sends voice notes, photos and video notes without a name: one made from the kind and the type. */
export function fileNameOf(file: { kind: AttachmentKind; fileName: string | null; mimeType: string | null }): string {
  if (file.fileName) return file.fileName;
  return `${file.kind}${extensions[file.mimeType ?? ''] ?? ''}`;
}

/**
 * Types a browser would run or render as a page: served as plain bytes instead, so a file a
 * client sent can never execute as part of the back-office.
 */
const activeTypes =
  /^(text\/html|application\/xhtml\+xml|image\/svg\+xml|text\/xml|application\/xml|text\/javascript|application\/javascript|application\/ecmascript|text\/xsl)\b/i;

/** The type a stored file is served with: the one it was sent with, unless a browser would render or run it. */
export function servedType(mimeType: string | null): string {
  const type = (mimeType ?? '').trim();
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(type) || activeTypes.test(type)) return 'application/octet-stream';
  return type;
}
