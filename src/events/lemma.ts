/** The lower-case lemma without allocating: wink lemmas are lower case except names, which start with a capital. */
export function lem(t: { readonly lemma: string }): string {
  const l = t.lemma;
  const c = l.charCodeAt(0);
  return (c >= 65 && c <= 90) || c > 127 ? l.toLowerCase() : l;
}
