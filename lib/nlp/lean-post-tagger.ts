/**
 * compromise's `View.sweep`, with its results built only when read. Its "postTagger" step (the
 * match-rule pass run on every sentence tagged) calls sweep and ignores what it returns, yet sweep
 * builds a View for every rule that matched and one for all of them: a few allocations per match,
 * for nothing. Here the match and the tagging run at once, exactly as before, and the views are made
 * on first read of `view` or `found` (narrow-sweep.test.ts compares every tag with and without).
 */

interface Found {
  pointer?: number[];
  view?: unknown;
  regs?: unknown;
  needs?: unknown;
  _expanded?: unknown;
}
interface Term {
  index?: number[];
}
interface SweepView {
  world: {
    methods: {
      one: {
        bulkMatch(document: Term[][], net: unknown, methods: unknown, options: object): Found[];
        bulkTagger(found: Found[], document: Term[][], world: unknown): void;
      };
    };
  };
  docs: Term[][];
  methods: unknown;
  update(pointers: (number[] | undefined)[]): unknown;
}

function sweep(this: SweepView, net: unknown, opts: { tagger?: boolean } = {}) {
  const { world, docs } = this;
  const { methods } = world;
  const matched = methods.one.bulkMatch(docs, net, this.methods, opts);
  if (opts.tagger !== false) methods.one.bulkTagger(matched, docs, world);
  return new SweepResults(this, matched, docs);
}

/**
 * compromise's own code from here on, run on first read: each match's pointer fixed, then its View. A class, not a
 * closure and getters made on every sweep (one per tagged sentence).
 */
class SweepResults {
  private results: { view: unknown; found: Found[] } | null = null;
  constructor(
    private readonly source: SweepView,
    private readonly matched: Found[],
    private readonly docs: Term[][],
  ) {}
  get view(): unknown {
    return this.build().view;
  }
  get found(): Found[] {
    return this.build().found;
  }
  private build(): { view: unknown; found: Found[] } {
    if (this.results) return this.results;
    const { docs, source } = this;
    const fixed = this.matched.map((o) => {
      const pointer = o.pointer!;
      const term = docs[pointer[0]!]![pointer[1]!]!;
      const length = pointer[2]! - pointer[1]!;
      if (term.index) o.pointer = [term.index[0]!, term.index[1]!, pointer[1]! + length];
      return o;
    });
    const pointers = fixed.map((o) => o.pointer);
    const found = fixed.map((o) => {
      o.view = source.update([o.pointer]);
      delete o.regs;
      delete o.needs;
      delete o.pointer;
      delete o._expanded;
      return o;
    });
    this.results = { view: source.update(pointers), found };
    return this.results;
  }
}

export const leanPostTaggerPlugin = {
  api(View: { prototype: { sweep: unknown } }) {
    View.prototype.sweep = sweep;
  },
};
