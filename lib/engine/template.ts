/**
 * Rewrite templates ("Could you {action|infinitive}?"), parsed by one small scanner that both the
 * pack validator and the renderer use, so a template that validates renders exactly as read.
 *
 * Grammar: literal text, and placeholders `{name}` or `{name|filter}`, where `name` is a capture of
 * the rule's patterns or `match` (the whole match). Braces never appear in literal text.
 */

export const TEMPLATE_FILTERS = ['lower', 'capital', 'infinitive', 'gerund', 'past'] as const;
export type TemplateFilter = (typeof TEMPLATE_FILTERS)[number];

export type TemplatePart = { literal: string } | { name: string; filter: TemplateFilter | null };

export type TemplateParse = { ok: true; parts: TemplatePart[] } | { ok: false; problem: string };

const NAME = /^\w+$/;

/** Parses a template in one pass over its characters; never throws. */
export function parseTemplate(template: string): TemplateParse {
  const parts: TemplatePart[] = [];
  let literal = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === '}') return { ok: false, problem: `has a "}" at position ${i + 1} that closes no {placeholder}` };
    if (ch !== '{') {
      literal += ch;
      continue;
    }
    const close = template.indexOf('}', i + 1);
    const nextOpen = template.indexOf('{', i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      return { ok: false, problem: `has a "{" at position ${i + 1} that is never closed by "}"` };
    }
    const inner = template.slice(i + 1, close);
    const bar = inner.indexOf('|');
    const name = bar < 0 ? inner : inner.slice(0, bar);
    const filter = bar < 0 ? null : inner.slice(bar + 1);
    if (!NAME.test(name)) {
      return { ok: false, problem: `has a placeholder {${inner}}: a name must be letters, digits or _, e.g. {action}` };
    }
    if (filter !== null && !(TEMPLATE_FILTERS as readonly string[]).includes(filter)) {
      return { ok: false, problem: `uses the unknown filter "${filter}" in {${inner}} (known: ${TEMPLATE_FILTERS.join(', ')})` };
    }
    if (literal) parts.push({ literal });
    literal = '';
    parts.push({ name, filter: filter as TemplateFilter | null });
    i = close;
  }
  if (literal) parts.push({ literal });
  return { ok: true, parts };
}

/** The capture names a template uses (without `match`). */
export function templateNames(parts: readonly TemplatePart[]): string[] {
  return parts.flatMap((p) => ('name' in p && p.name !== 'match' ? [p.name] : []));
}
