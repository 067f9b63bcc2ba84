/** A key under which blocks that differ only in white space or quote style are equal. */
export function repeatKey(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\s\u00a0\ufeff\u200b]+/g, ' ')
    .trim();
}
