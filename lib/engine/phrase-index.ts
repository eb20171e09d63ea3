/**
 * The pack's word prefilter, built once per pack: which patterns and literal phrases have all their
 * required words in a sentence. Asking every pattern in turn cost a set lookup per alternative word
 * (about 10,000 per sentence for the default pack); the index walks the sentence's few words instead
 * and counts, for each pattern, how many of its required word groups are present. Same answer as
 * `needs.every((alternatives) => alternatives.some((w) => keys.has(w)))`, pattern by pattern.
 */

/** One prefilter slot: a pattern's or a literal phrase's groups of alternative words, each group needed. */
export type WordGroups = readonly (readonly string[])[];

export interface SentenceCandidates {
  /** True when every required word group of the slot has a word in the sentence. */
  has(slot: number): boolean;
}

export class WordPrefilter {
  /** Word → the global numbers of the groups it satisfies. A Map: the words come from packs and sentences. */
  private readonly groupsOfWord = new Map<string, number[]>();
  private readonly slotOfGroup: number[] = [];
  private readonly groupsPerSlot: number[] = [];

  /** Adds a slot and returns its number. */
  add(groups: WordGroups): number {
    const slot = this.groupsPerSlot.length;
    this.groupsPerSlot.push(groups.length);
    for (const alternatives of groups) {
      const group = this.slotOfGroup.length;
      this.slotOfGroup.push(slot);
      for (const word of new Set(alternatives)) {
        const list = this.groupsOfWord.get(word);
        if (list) list.push(group);
        else this.groupsOfWord.set(word, [group]);
      }
    }
    return slot;
  }

  /** The slots a sentence with these words may match. Bounded by the sentence's words times the pack's size. */
  candidates(keys: ReadonlySet<string>): SentenceCandidates {
    const satisfied = new Uint8Array(this.slotOfGroup.length);
    const found = new Uint32Array(this.groupsPerSlot.length);
    for (const key of keys) {
      const groups = this.groupsOfWord.get(key);
      if (!groups) continue;
      for (const group of groups) {
        if (satisfied[group]) continue;
        satisfied[group] = 1;
        const slot = this.slotOfGroup[group]!;
        found[slot] = found[slot]! + 1;
      }
    }
    const needed = this.groupsPerSlot;
    return { has: (slot) => found[slot] === needed[slot] };
  }
}
