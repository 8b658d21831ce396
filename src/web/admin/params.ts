import { z } from 'zod';
import { ValidationError } from '../../kernel/errors.js';

/** A form's or query's empty field means "not given". */
export const optionalField = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** Parses input from outside; a mismatch becomes a ValidationError of one line naming each field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    // Prefix the field's name unless the message already says it.
    const line = (i: z.core.$ZodIssue) => {
      const key = String(i.path.at(-1) ?? '');
      return key && !i.message.includes(key) ? `${i.path.join('.')}: ${i.message}` : i.message;
    };
    throw new ValidationError(parsed.error.issues.map(line).join('; '));
  }
  return parsed.data;
}
