import type { InboundAttachment } from '../../kernel/messaging.js';

export const bytesPerMb = 1024 * 1024;

/**
 * The files above the size limit. A file whose size the channel did not report passes: the
 * limit is there to refuse what we know is too big, not to block every upload.
 */
export function oversizedAttachments(attachments: readonly InboundAttachment[], maxBytes: number): InboundAttachment[] {
  return attachments.filter((a) => a.sizeBytes !== undefined && a.sizeBytes > maxBytes);
}
