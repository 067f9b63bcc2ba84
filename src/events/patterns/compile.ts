import { isCameoCode } from '../cameo.js';
import { NOUN_PATTERNS, VERB_PATTERNS } from '../lexicon/verbs.js';

export interface VerbPattern {
  readonly lemma: string;
  readonly particle: string | null;
  readonly objects: ReadonlySet<string> | null;
  readonly code: string;
  /** The source line, for rule ids and explanations. */
  readonly line: number;
}

const LINE = /^([a-z'-]+)(?:\s+\+([a-z]+))?(?:\s+\{([a-z|' -]+)\})?\s+(\d{2,4})$/;

/**
 * Compiles the verb-pattern DSL (docs/events.md) into a map lemma → patterns in priority order. Throws on a malformed
 * line or an unknown CAMEO code, so a bad edit fails at start-up and in tests, not silently at run time.
 */
export function compileVerbPatterns(src: string): ReadonlyMap<string, readonly VerbPattern[]> {
  const out = new Map<string, VerbPattern[]>();
  const lines = src.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/#.*$/, '').trim();
    if (raw === '') continue;
    const m = LINE.exec(raw);
    if (!m) throw new Error(`events/lexicon/verbs.ts line ${i + 1}: cannot read "${raw}"`);
    const [, lemma, particle, objs, code] = m;
    if (!isCameoCode(code!)) throw new Error(`events/lexicon/verbs.ts line ${i + 1}: unknown CAMEO code ${code}`);
    const p: VerbPattern = Object.freeze({
      lemma: lemma!,
      particle: particle ?? null,
      objects: objs ? new Set(objs.split('|').map((s) => s.trim())) : null,
      code: code!,
      line: i + 1,
    });
    const list = out.get(lemma!);
    if (list) list.push(p);
    else out.set(lemma!, [p]);
  }
  return out;
}

/** Compiles `lemma CODE` lines. */
export function compileNounPatterns(src: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const raw0 of src.split('\n')) {
    const raw = raw0.replace(/#.*$/, '').trim();
    if (raw === '') continue;
    const [lemma, code] = raw.split(/\s+/);
    if (!lemma || !code || !isCameoCode(code)) throw new Error(`events/lexicon/verbs.ts nouns: cannot read "${raw}"`);
    out.set(lemma, code);
  }
  return out;
}

/** Compiled once at module load. */
export const VERBS = compileVerbPatterns(VERB_PATTERNS);
export const NOUNS = compileNounPatterns(NOUN_PATTERNS);
