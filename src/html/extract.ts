import type { ArticleMeta } from '../model/index.js';

export interface ExtractedHtml {
  /** The article's text: blocks separated by blank lines. All spans of the analysis index it. */
  readonly text: string;
  readonly meta: ArticleMeta;
}

/** Main content and metadata of an HTML page. Scripts never run. */
export function extractHtml(html: string): ExtractedHtml {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim();
  return { text, meta: {} };
}
