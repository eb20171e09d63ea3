/** The parts of a reply as an agent writes it, with exact UTF-16 offsets into the editor's text. */

/** Parts Rapport reads past: not the agent's own words, or not prose. */
export const SKIPPED_PART_KINDS = ['signature', 'footer', 'quote', 'code'] as const;

/** Parts the agent wrote and Rapport coaches. */
export type AgentPartKind = 'greeting' | 'body' | 'list-item' | 'sign-off';
export type SkippedPartKind = (typeof SKIPPED_PART_KINDS)[number];
export type PartKind = AgentPartKind | SkippedPartKind;

export interface ReplyPart {
  kind: PartKind;
  /** First character of the part (never white space). */
  start: number;
  /** Exclusive; the part never ends in white space. */
  end: number;
  /**
   * Where the words start: after a list item's "2." or "Step 2:", after a sign-off tag's "^" or "—".
   * Equal to `start` for every other part.
   */
  contentStart: number;
  /** True for a sign-off that sits at the end or start of a line of body text ("…assist. ^JR", "1/2"). */
  inline?: boolean;
}

export interface ReplyStructure {
  /** Every non-blank part of the text, in order; blank lines between parts belong to none. */
  parts: ReplyPart[];
  /** The text's own line break: "\n" or "\r\n". */
  lineBreak: string;
  /** What separates paragraphs in this layout: a blank line, or a single line break in a chat box. */
  paragraphBreak: string;
}
