import { z } from 'zod';

/** All analysis options, with their defaults, in one place. Resolved by `AnalyzeOptions.parse(partial ?? {})`. */
export const AnalyzeOptions = z.object({
  /** Inputs longer than this many UTF-16 code units are refused with PARLEY_ERR_INPUT_TOO_LARGE. */
  maxChars: z.number().int().positive().default(2_000_000),
  /** Drop blocks that repeat an earlier block (recorded in article.dropped). */
  dropRepeatedBlocks: z.boolean().default(true),
  /** Quotes shorter than this (in characters of content) are not reported. */
  minQuoteChars: z.number().int().min(1).default(2),
  /** Code events and build claims (the later stages); off gives entities and quotes only. */
  events: z.boolean().default(true),
  claims: z.boolean().default(true),
  /** Date the article speaks of (YYYY-MM-DD), for date-ranged actor tables; defaults to the article's own date. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
});
export type AnalyzeOptions = z.input<typeof AnalyzeOptions>;
export type ResolvedOptions = z.output<typeof AnalyzeOptions>;
