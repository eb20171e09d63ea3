/** Builds the popup's view of the current draft from the coach's last analysis. */
import type { Analysis, Finding } from '../engine/types';
import type { Rule } from '../rules/schema';
import type { SkippedPartKind } from '../engine/structure/types';
import type { DraftSnapshot } from '../messages/draft';
import { wholeReplyKinds } from '../card/groups';
import type { CustomerContext } from '../sites';
import { findingKey } from '../card/store';

const EDITOR_LABELS: Record<string, string> = {
  textarea: 'Text box',
  ckeditor5: 'CKEditor 5',
  prosemirror: 'ProseMirror',
  lexical: 'Lexical',
  quill: 'Quill',
  tinymce: 'TinyMCE',
  contenteditable: 'Rich text box',
};

interface CoachState {
  version: number;
  editor: string;
  result: Analysis | null;
  findings: readonly Finding[];
  customer: CustomerContext | null;
  /** What the editor leaves out of the text now (left-out.ts): a box with no check yet may hold only these. */
  leftOut?: readonly SkippedPartKind[];
}

export function snapshotOf(state: CoachState, rules: readonly Rule[]): DraftSnapshot {
  const wholeReply = wholeReplyKinds(rules); // card: one definition, shared with the in-page panel
  const result = state.result;
  return {
    version: state.version,
    editor: EDITOR_LABELS[state.editor] ?? state.editor,
    findings: state.findings.map((f) => ({ ...f, key: findingKey(f), wholeReply: wholeReply.get(f.ruleId) ?? null })),
    scores: result?.scores ?? { warmth: 0, principles: { interaction: 0, empathy: 0, ownership: 0, respect: 0, positivity: 0, 'plain-language': 0, welcome: 0, 'follow-through': 0, urgency: 0 } },
    scoreExplanation: result?.scoreExplanation ?? '',
    language: result?.language ?? { checked: false, reason: 'empty' },
    mood: result?.mood ?? null,
    customerMessage: state.customer?.message ?? null,
    customerName: state.customer?.name ?? result?.mood?.customerName ?? null,
    channel: result?.structure.channel ?? 'email',
    // A check's result already holds what the editor left out; a box not checked (nothing of the agent's in it) has only that.
    skipped: result?.structure.skipped ?? [...(state.leftOut ?? [])],
  };
}
