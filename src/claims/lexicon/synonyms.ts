/**
 * Predicate synonyms outside the event concepts: lemmas that say the same thing about a proposition ("a summit is
 * being prepared" = "a summit is planned"). Each group maps to its first lemma. Kept small and unambiguous in news.
 */
export const SYNONYM_GROUPS: readonly { readonly lemmas: readonly string[]; readonly note: string }[] = [
  { lemmas: ['plan', 'prepare', 'arrange', 'organize', 'organise', 'schedule'], note: 'something is being set up' },
  { lemmas: ['resume', 'restart', 'reopen', 'revive'], note: 'starts again' },
  { lemmas: ['end', 'collapse', 'terminate', 'conclude', 'breakdown'], note: 'is over' },
  { lemmas: ['suspend', 'stall', 'pause', 'freeze', 'halt'], note: 'is on hold' },
  { lemmas: ['violate', 'breach', 'contravene', 'flout'], note: 'broke a rule or deal' },
  { lemmas: ['impose', 'levy', 'slap'], note: 'put a measure on someone' },
  { lemmas: ['lift', 'remove', 'scrap', 'rescind', 'revoke'], note: 'took a measure away' },
  { lemmas: ['kill', 'slay'], note: 'caused deaths' },
  { lemmas: ['support', 'back', 'endorse'], note: 'sides with' },
];

export const SYNONYM: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const g of SYNONYM_GROUPS) for (const l of g.lemmas) m.set(l, g.lemmas[0]!);
  return m;
})();
