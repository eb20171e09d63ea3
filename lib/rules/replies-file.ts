/**
 * Reads a file of past replies for impact previews: JSONL ({"text": …} per line), CSV with a
 * "text" column (papaparse handles quoting and line breaks inside fields), or plain text with
 * replies separated by blank lines.
 */
import Papa from 'papaparse';
import { own, type Dictionary } from '../engine/untrusted';

export interface PastReply {
  id: string;
  text: string;
  customerMessage?: string;
}

export type RepliesFormat = 'jsonl' | 'csv' | 'text';

export function detectFormat(name: string, content: string): RepliesFormat {
  if (/\.jsonl$/i.test(name) || /^\s*\{/.test(content)) return 'jsonl';
  if (/\.csv$/i.test(name)) return 'csv';
  return 'text';
}

export function parseReplies(content: string, format: RepliesFormat): PastReply[] {
  if (format === 'jsonl') {
    return content.split('\n').flatMap((line, i) => {
      if (!line.trim()) return [];
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(line);
      } catch {
        throw new Error(`line ${i + 1} is not valid JSON`);
      }
      if (typeof record !== 'object' || record === null || typeof record.text !== 'string') throw new Error(`line ${i + 1} has no "text" string`);
      return [{ id: String(record.id ?? i + 1), text: record.text, customerMessage: typeof record.customerMessage === 'string' ? record.customerMessage : undefined }];
    });
  }
  if (format === 'csv') {
    // Rows are keyed by the file's own header names: read them as own properties only.
    const parsed = Papa.parse<Dictionary<string>>(content.trim(), { header: true, skipEmptyLines: true });
    const fields = parsed.meta.fields ?? [];
    const column = fields.find((f) => /^(text|reply|body|message)$/i.test(f.trim()));
    if (!column) throw new Error(`the CSV needs a "text" column (found: ${fields.join(', ') || 'none'})`);
    return parsed.data.filter((row) => own(row, column)?.trim()).map((row, i) => ({ id: own(row, 'id') ?? String(i + 1), text: own(row, column)! }));
  }
  return content
    .split(/\n\s*\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text, i) => ({ id: String(i + 1), text }));
}
