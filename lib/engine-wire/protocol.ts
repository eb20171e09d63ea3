/**
 * The messages between a page's coach and the one engine of the browser (the background), over the
 * extension's own runtime messaging only. A content script runs inside an untrusted page, so every
 * request is validated whole (sizes, types, no unknown fields) before the engine reads it.
 */
import { z } from 'zod';
import type { Analysis } from '../engine/types';
import { CHANNELS } from '../engine/channel';
import { PACK_LIMITS, ruleSchema } from '../rules/schema';
import { ENGINE_CHECK, ENGINE_TRY } from './wire';

export { ENGINE_CHECK, ENGINE_TRY, type CheckResponse, type EngineSite } from './wire';

/** Longest draft the engine accepts (characters); the page's own budget is far below this. */
const MAX_DRAFT_CHARS = 400_000;
const MAX_CUSTOMER_CHARS = 200_000;
const MAX_IGNORED = 2_000;
/** A first look is a short look: a page cannot make the shared engine's first answers long. */
const MAX_FIRST_LOOK_MS = 200;

const options = z
  .object({
    customerMessage: z.string().max(MAX_CUSTOMER_CHARS).optional(),
    customerName: z.string().max(200).optional(),
    ignored: z
      .object({
        ruleIds: z.array(z.string().max(200)).max(MAX_IGNORED).optional(),
        phrases: z.array(z.string().max(400)).max(MAX_IGNORED).optional(),
      })
      .strict()
      .optional(),
    channel: z.enum(CHANNELS).optional(),
    firstMessage: z.boolean().optional(),
    /** A quick first answer around the caret for a long draft that arrived at once (AnalyzeOptions.firstLook). */
    firstLook: z
      .object({ at: z.number().int().nonnegative().max(MAX_DRAFT_CHARS), budgetMs: z.number().int().min(1).max(MAX_FIRST_LOOK_MS) })
      .strict()
      .optional(),
  })
  .strict();

/** The whole draft, or only what changed since the draft this composer sent last (`base`). */
const payload = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('full'), text: z.string().max(MAX_DRAFT_CHARS) }).strict(),
  z
    .object({
      kind: z.literal('delta'),
      base: z.number().int().nonnegative(),
      /** Characters kept from the start and from the end of the previous draft. */
      keepStart: z.number().int().nonnegative(),
      keepEnd: z.number().int().nonnegative(),
      insert: z.string().max(MAX_DRAFT_CHARS),
    })
    .strict(),
]);

export const checkRequestSchema = z
  .object({
    type: z.literal(ENGINE_CHECK),
    /** A random id per composer session in the page (the engine keeps its last draft to apply deltas). */
    client: z.string().min(8).max(64),
    seq: z.number().int().nonnegative(),
    payload,
    options,
    /** The fingerprint of the rules the page holds (wire.ts PageRuleView; '' for none): the answer brings newer ones. */
    rules: z.string().max(64),
    /** The page saw the rules change in storage since its last check: the engine reads them again first. */
    reloadRules: z.boolean().optional(),
  })
  .strict();

export type CheckRequest = z.infer<typeof checkRequestSchema>;
export type DraftPayload = z.infer<typeof payload>;

/** The bench's reply and customer message are typed by hand: far below a draft's limit. */
export const MAX_TRY_CHARS = 50_000;

export const tryRequestSchema = z
  .object({
    type: z.literal(ENGINE_TRY),
    text: z.string().max(MAX_TRY_CHARS),
    customerMessage: z.string().max(MAX_TRY_CHARS).optional(),
    channel: z.enum(CHANNELS).optional(),
    /** The working copy's valid rules, as a pack would hold them (same schema, same limits). */
    rules: z.array(ruleSchema).max(PACK_LIMITS.rules),
  })
  .strict()
  .refine((request) => JSON.stringify(request.rules).length <= PACK_LIMITS.packChars, { message: `the rules are longer than ${PACK_LIMITS.packChars} characters` });

export type TryRequest = z.input<typeof tryRequestSchema>;
export type TryResponse = { ok: true; analysis: Analysis } | { ok: false; message: string };
