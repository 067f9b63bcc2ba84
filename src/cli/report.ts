import type { AnalysisV1, SpanJson } from '../model/index.js';

const clip = (s: string, n = 110) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};
const at = (s: SpanJson) => `[${s.start}-${s.end}]`;

/** The readable report of one analysis: structure, dropped blocks, entities, quotes by speaker, events, disputes. */
export function renderReport(a: AnalysisV1): string {
  const out: string[] = [];
  const art = a.article;
  out.push(`== ${a.source ?? 'input'}`);
  out.push('');
  out.push('Article');
  if (art.summary) out.push(`  summary     ${at(art.summary)} ${clip(art.summary.text)}`);
  if (art.title) out.push(`  title       ${at(art.title)} ${clip(art.title.text)}`);
  if (art.standfirst) out.push(`  standfirst  ${at(art.standfirst)} ${clip(art.standfirst.text)}`);
  if (art.byline) out.push(`  byline      ${at(art.byline)} ${clip(art.byline.text)}`);
  if (art.dateline) out.push(`  dateline    ${at(art.dateline)} ${clip(art.dateline.text)}`);
  if (art.published) out.push(`  published   ${art.published}`);
  for (const [i, b] of art.body.entries()) out.push(`  body ${String(i + 1).padEnd(6)} ${at(b)} ${clip(b.text)}`);
  if (art.dropped.length > 0) {
    out.push('');
    out.push(`Dropped blocks (${art.dropped.length})`);
    for (const d of art.dropped) {
      const of = d.of ? ` repeats ${at(d.of)}` : '';
      out.push(`  ${d.reason.padEnd(11)} ${at(d.span)}${of} ${clip(d.span.text, 80)}`);
    }
  }
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  out.push('');
  out.push(`Entities (${a.entities.length})`);
  for (const e of a.entities) {
    const bits = [e.type, e.country ?? '', e.roles.length ? `roles: ${e.roles.join(', ')}` : ''];
    if (e.affiliation) bits.push(`of ${byId.get(e.affiliation)?.name ?? e.affiliation}`);
    out.push(`  ${e.id.padEnd(4)} ${e.name.padEnd(32)} ${bits.filter(Boolean).join(' · ')} · ${e.mentions.length}×`);
  }
  out.push('');
  out.push(`Quotes (${a.quotes.length}), by speaker`);
  const groups = new Map<string, AnalysisV1['quotes']>();
  for (const q of a.quotes) {
    const key = q.speaker.entity
      ? (byId.get(q.speaker.entity)?.name ?? q.speaker.entity)
      : (q.speaker.name ?? '(unknown speaker)');
    const g = groups.get(key) ?? [];
    g.push(q);
    groups.set(key, g);
  }
  for (const [speaker, qs] of groups) {
    out.push(`  ${speaker}`);
    for (const q of qs) {
      const content = q.content.map((c) => c.text).join(' … ');
      const cue = q.cue ? ` «${q.cue.text}»` : '';
      out.push(`    ${q.id.padEnd(4)} ${q.kind.padEnd(8)} ${q.act.padEnd(9)}${cue} ${clip(content, 100)}`);
    }
  }
  out.push('');
  out.push(`Events (${a.events.length})`);
  for (const e of a.events) {
    const tgt = e.target ? e.target.code : '-';
    const mod = e.modality === 'asserted' ? '' : ` (${e.modality})`;
    out.push(
      `  ${e.id.padEnd(4)} ${e.source.code} → ${tgt}  CAMEO ${e.cameo} ${e.plover.type}${mod} gs ${e.goldstein}  «${clip(e.trigger.text, 40)}»`,
    );
  }
  const disputes = a.claims.filter((c) => c.disputed);
  out.push('');
  out.push(`Disputes (${disputes.length} of ${a.claims.length} claims)`);
  for (const c of disputes) {
    out.push(`  ${c.id} ${clip(c.proposition.text, 100)}`);
    for (const p of c.positions) out.push(`    ${p.stance.padEnd(8)} ${p.holderName} (${p.evidence})`);
  }
  return `${out.join('\n')}\n`;
}
