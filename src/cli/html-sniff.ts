/** HTML by file name, or by content when the name says nothing (stdin). */
export function looksLikeHtml(name: string, text: string): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  if (/\.(txt|text|md)$/i.test(name)) return false;
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|article|p)[\s>]/.test(head);
}
