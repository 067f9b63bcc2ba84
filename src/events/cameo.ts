import type { PloverCode } from '../model/index.js';
import { CAMEO_CODES } from './lexicon/cameo-codes.js';
import { PLOVER_MAP } from './lexicon/plover-map.js';

export interface CameoInfo {
  readonly code: string;
  readonly name: string;
  /** Goldstein (1992) score, as printed in the CAMEO 1.1b3 codebook. */
  readonly goldstein: number;
  readonly quad: 1 | 2 | 3 | 4;
  readonly plover: PloverCode;
}

const BY_CODE: ReadonlyMap<string, CameoInfo> = (() => {
  const plover = new Map<string, PloverCode>();
  for (const [c, type, mode, context] of PLOVER_MAP) plover.set(c, Object.freeze({ type, mode, context }));
  const ploverOf = (code: string): PloverCode => {
    for (let n = code.length; n >= 2; n--) {
      const p = plover.get(code.slice(0, n));
      if (p) return p;
    }
    return { type: 'STATEMENT', mode: null, context: null };
  };
  const out = new Map<string, CameoInfo>();
  for (const [code, name, goldstein, quad] of CAMEO_CODES) {
    out.set(code, Object.freeze({ code, name, goldstein, quad, plover: ploverOf(code) }));
  }
  return out;
})();

/** The CAMEO facts for a code (two to four digits), or null for a code not in CAMEO 1.1b3. */
export function cameoInfo(code: string): CameoInfo | null {
  return BY_CODE.get(code) ?? null;
}

/** True when `code` is a CAMEO 1.1b3 code. */
export function isCameoCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** The two-digit root ("112" → "11"). */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}
