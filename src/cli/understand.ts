import { createInterface } from 'node:readline';
import { z } from 'zod';
import { loadConfig, loadDotEnv } from '../infra/config/index.js';
import { DelegoError, errorMessage } from '../kernel/errors.js';
import { createLogger } from '../infra/logger.js';
import { languages, type Understanding, type UnderstandingContext } from '../understanding/contract.js';
import { understandRules } from '../understanding/rules.js';
import { isValidTimeZone } from '../kernel/time.js';
import { createUnderstander, llmFromConfig } from '../understanding/understand.js';

/**
 * Reads JSON lines {"id","text","now"?,"tz"?,"lang"?} on stdin and writes one JSON line per
 * input: the contract's machine form plus "id", or {"id","error"} for a line it cannot read
 * (and it goes on with the next). Defaults: now = the current time, tz = DEFAULT_TZ or
 * Europe/Rome. Usage: npx tsx src/cli/understand.ts < messages.jsonl
 */
const inputLineSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  now: z.iso.datetime({ offset: true }).optional(),
  tz: z.string().refine(isValidTimeZone, 'not an IANA time zone').optional(),
  lang: z.enum(languages).optional(),
});

/**
 * The one place an understander plugs in: the rules by default; with --llm the LLM path as the
 * product runs it (falling back to the rules, with the reason logged on stderr).
 */
type Understander = (text: string, ctx: UnderstandingContext) => Promise<Understanding>;

function chooseUnderstander(): Understander {
  if (!process.argv.includes('--llm')) return (text, ctx) => Promise.resolve(understandRules(text, ctx));
  loadDotEnv();
  const llm = llmFromConfig(loadConfig());
  if (!llm) {
    process.stderr.write(
      'understand: --llm needs OPENAI_API_KEY (and OPENAI_BASE_URL for a server other than OpenAI)\n',
    );
    process.exit(1);
  }
  const understand = createUnderstander({ llm, logger: createLogger({ level: 'warn', stderr: true }) });
  return async (text, ctx) => (await understand(text, ctx)).understanding;
}

let understand: Understander;
try {
  understand = chooseUnderstander();
} catch (err) {
  process.stderr.write(`understand: ${err instanceof DelegoError ? err.message : errorMessage(err)}\n`);
  process.exit(1);
}

const defaultTz = process.env.DEFAULT_TZ ?? 'Europe/Rome';

function idOf(value: unknown): string | number | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  const id = (value as { id: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

async function handle(line: string): Promise<Record<string, unknown>> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  const parsed = inputLineSchema.safeParse(json);
  if (!parsed.success) {
    const error = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
    const id = idOf(json);
    return id === undefined ? { error } : { id, error };
  }
  const { id, text, now, tz, lang } = parsed.data;
  const ctx: UnderstandingContext = { now: now === undefined ? new Date() : new Date(now), tz: tz ?? defaultTz };
  if (lang !== undefined) ctx.lang = lang;
  const understanding = await understand(text, ctx);
  return id === undefined ? { ...understanding } : { id, ...understanding };
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  process.stdout.write(`${JSON.stringify(await handle(line))}\n`);
}
