// Small helpers shared by the editor adapters.

/** Escape text for safe insertion into HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Split text into lines; an empty string means "no content" rather than one empty line. */
export function toLines(text: string): string[] {
  return text === '' ? [] : text.split(/\r\n|\r|\n/);
}

/** Plain text -> a `<p>` (or the editor's own block, `tag`) per line, the shape the rich editors store paragraphs in. */
export function textToParagraphHtml(text: string, tag = 'p'): string {
  const lines = toLines(text);
  if (lines.length === 0) return '';
  return lines.map((line) => `<${tag}>${line === '' ? '<br>' : escapeHtml(line)}</${tag}>`).join('');
}

/** Drop one trailing newline that editors append after the last block. */
export function trimFinalNewline(text: string): string {
  return text.replace(/\n$/, '');
}

/**
 * Plain text of an editor's own HTML: its top-level blocks as lines, no-break spaces as spaces. Parsed in a template,
 * whose content is inert: a detached div would still load an `<img>` and run its `onerror`.
 */
export function blocksText(html: string): string {
  const holder = document.createElement('template');
  holder.innerHTML = html;
  return [...holder.content.children].map((block) => (block.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
}
