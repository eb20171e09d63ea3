/**
 * The content script's side of the daily tone history: builds the record of a sent reply and sends
 * it to the background, which counts it once (lib/background/history-writer.ts). Only counts, scores,
 * a hostname and a time leave the page; never a reply's or a customer's words.
 */
import { browser } from 'wxt/browser';
import { replyRecordFromFindings, type ReplyRecordInput } from '../stats/record';
import type { ReplyRecord } from '../stats/types';
import { RECORD_REPLY, type HistoryMessage, type HistoryResponse } from '../messages/history';

/** A fresh record id. `crypto.randomUUID` needs a secure context; fall back to random bytes. */
export function newRecordId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The record of a reply sent now, from the findings and warmth at send time. Only each finding's
 * rule id and principle are read.
 */
export function buildReplyRecord(input: Omit<ReplyRecordInput, 'id' | 'at'> & { id?: string; at?: number }): ReplyRecord {
  return replyRecordFromFindings({ ...input, id: input.id ?? newRecordId(), at: input.at ?? Date.now() });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one sent reply's record to the background, which counts it once (by id) in today's
 * aggregate. Retries while the background is waking up; resolves to the background's answer,
 * or `{ok: false}` when it could not be reached. Never throws.
 */
export async function recordReply(entry: ReplyRecord, options: { attempts?: number; retryDelayMs?: number } = {}): Promise<HistoryResponse> {
  const { attempts = 3, retryDelayMs = 250 } = options;
  const message: HistoryMessage = { type: RECORD_REPLY, entry };
  let lastError = 'no answer';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = (await browser.runtime.sendMessage(message)) as HistoryResponse | undefined;
      if (response) return response;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (attempt < attempts) await delay(retryDelayMs * attempt);
  }
  return { ok: false, error: lastError };
}
