import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { formatVersionFor, PACK_FORMAT, PACK_FORMAT_VERSION, PACK_LIMITS, validatePack, validateRule, type RuleInput } from './schema';

const goodRule: RuleInput = {
  id: 'bare-wait',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  message: 'Urgency: a bare "please wait" gives no time; say when they will hear from you.',
  patterns: ['^please wait'],
  rewrites: ["I'll be back to you shortly"],
  examples: { flag: [{ text: 'Please wait.', becomes: "I'll be back to you shortly." }], pass: ['Thanks for waiting.'] },
};

const pack = (rules: unknown[]) => ({ format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, id: 'team', name: 'Team', version: '1.0.0', rules });

describe('validatePack', () => {
  it('accepts a well-formed pack and fills defaults', () => {
    const result = validatePack(pack([goodRule]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.rules[0]!.enabled).toBe(true);
  });

  it.each([
    [{ severity: 'critical' }, 'rules[0] "bare-wait" › severity'],
    [{ principle: 'kindness' }, 'rules[0] "bare-wait" › principle'],
    [{ id: 'Bare Wait' }, 'rules[0] "Bare Wait" › id'],
    [{ message: 'short' }, 'rules[0] "bare-wait" › message'],
    [{ patterns: ['/a+b+/'] }, 'rules[0] "bare-wait" › patterns[0]'],
    [{ patterns: ['you [<x> need'] }, 'rules[0] "bare-wait" › patterns[0]'],
    [{ patterns: ['.* you .* need .* to'] }, 'rules[0] "bare-wait" › patterns[0]'],
    [{ patterns: ['.*'] }, 'rules[0] "bare-wait" › patterns[0]'],
    [{ patterns: [`${'word '.repeat(40)}`] }, 'rules[0] "bare-wait" › patterns[0]'],
    [{ rewrites: ['Could you {action}?'] }, 'rules[0] "bare-wait" › rewrites[0]'],
    [{ rewrites: ['{match|shout}'] }, 'rules[0] "bare-wait" › rewrites[0]'],
    [{ examples: { flag: [], pass: ['x'] } }, 'rules[0] "bare-wait" › examples.flag'],
    [{ patterns: [], phrases: [] }, 'rules[0] "bare-wait" › patterns'],
    // The next-sentence exemptions get the same safety checks as `unless`, and a bound on their number.
    [{ unlessNext: ['.* you .* need .* to'] }, 'rules[0] "bare-wait" › unlessNext[0]'],
    [{ unlessNext: ['what [<x> i can'] }, 'rules[0] "bare-wait" › unlessNext[0]'],
    [{ unlessNext: Array.from({ length: 21 }, (_, i) => `offer${i}`) }, 'rules[0] "bare-wait" › unlessNext'],
  ])('rejects the whole pack when a rule has %j, naming %s', (change, where) => {
    const result = validatePack(pack([goodRule, { ...goodRule, id: 'other-rule' }].map((r, i) => (i === 0 ? { ...r, ...change } : r))));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.where)).toContain(where);
  });

  it('rejects duplicate rule ids, unknown formats and bad structure-check options', () => {
    expect(validatePack(pack([goodRule, goodRule])).ok).toBe(false);
    expect(validatePack({ ...pack([goodRule]), formatVersion: 5 }).ok).toBe(false);
    expect(validatePack(null).ok).toBe(false);
    const { patterns: _p, rewrites: _r, ...base } = goodRule as Extract<RuleInput, { kind: 'phrase' }>;
    const structure = { ...base, kind: 'structure', check: 'wall-of-text', options: { maxWords: 'lots' } };
    const result = validatePack(pack([structure]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.where).toBe('rules[0] "bare-wait" › options.maxWords');
  });

  it('validates one rule on its own for the rule editor', () => {
    const result = validateRule({ ...goodRule, severity: 'loud' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.where).toBe('severity');
  });
});

describe('a team lead pattern', () => {
  it('cannot hang the analyzer, even at its most permissive on a long sentence', () => {
    const result = validatePack(
      pack([{ ...goodRule, patterns: ['#Determiner .* #Noun .+ #Noun'], rewrites: [], examples: { flag: [{ text: 'a b', becomes: null }], pass: ['x'] } }]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const long = `${'the cat saw a dog and the '.repeat(100)}end.`;
    const analysis = createAnalyzer(result.pack).analyze(long, { budgetMs: 2000 });
    expect(analysis.findings.every((f) => long.slice(f.start, f.end) === f.text)).toBe(true);
  });
});

describe('pattern pitfalls are named before they silently fail', () => {
  it.each([
    ['((about|regarding) [<topic>.+])?', 'nested ( ) groups'],
    ['^note ,? that', 'punctuation is not matched'],
    ['we are done $', 'a lone $ never matches'],
  ])('%s', (pattern, message) => {
    const result = validatePack(pack([{ ...goodRule, patterns: [pattern] }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain(message);
  });
});

describe('a strict pack: mistakes are named, never dropped silently', () => {
  const problemsOf = (input: unknown) => {
    const result = validatePack(input);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.problems;
  };

  it.each([
    ['severty', 'severity'],
    ['enable', 'enabled'],
    ['rewrite', 'rewrites'],
    ['pattern', 'patterns'],
  ])('an unknown field "%s" is an error that suggests "%s"', (field, known) => {
    const problems = problemsOf(pack([{ ...goodRule, [field]: false }]));
    expect(problems).toContainEqual({
      where: `rules[0] "bare-wait" › ${field}`,
      message: `\`${field}\`: unknown field; did you mean \`${known}\`?`,
    });
  });

  it('names unknown fields at every level: pack, examples, example items', () => {
    const withTypos = {
      ...pack([{ ...goodRule, examples: { flag: [{ text: 'Please wait.', becomes: null, becomse: 'x' }], pass: ['ok'], pas: [] } }]),
      nmae: 'Team',
    };
    const problems = problemsOf(withTypos);
    expect(problems).toContainEqual({ where: 'nmae', message: '`nmae`: unknown field; did you mean `name`?' });
    expect(problems).toContainEqual({ where: 'rules[0] "bare-wait" › examples.pas', message: '`pas`: unknown field; did you mean `pass`?' });
    expect(problems).toContainEqual({
      where: 'rules[0] "bare-wait" › examples.flag[0].becomse',
      message: '`becomse`: unknown field; did you mean `becomes`?',
    });
  });

  it('lists the known fields when nothing is close', () => {
    const [problem] = problemsOf(pack([{ ...goodRule, zzzzzzzzzz: 1 }]));
    expect(problem!.message).toMatch(/^`zzzzzzzzzz`: unknown field \(known: .*severity/);
  });

  it.each(['}{match}{', '{match', 'match}', '{}', '{a b}', '{match|}', '{match|loud}', '{{match}}'])('refuses the malformed template %j', (template) => {
    const problems = problemsOf(pack([{ ...goodRule, rewrites: [template] }]));
    expect(problems.map((p) => p.where)).toContain('rules[0] "bare-wait" › rewrites[0]');
  });

  it('refuses a template that uses a capture no pattern makes, and accepts one a pattern makes', () => {
    expect(problemsOf(pack([{ ...goodRule, rewrites: ['Could you {action}?'] }]))[0]!.message).toBe('uses {action}, but no pattern captures [<action> …]');
    const ok = validatePack(pack([{ ...goodRule, patterns: ['^please [<action>#Verb]'], rewrites: ['Could you {action|lower}?'] }]));
    expect(ok.ok).toBe(true);
  });

  it.each(['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty', 'prototype', 'TOSTRING'])(
    'refuses the reserved capture name <%s> with a message',
    (name) => {
      const problems = problemsOf(pack([{ ...goodRule, patterns: [`[<${name}>#Verb *]`], rewrites: [] }]));
      expect(problems[0]!.where).toBe('rules[0] "bare-wait" › patterns[0]');
      expect(problems[0]!.message).toMatch(/capture name <.*>/);
    },
  );

  it('refuses reserved rule ids', () => {
    const problems = problemsOf(pack([{ ...goodRule, id: 'constructor' }]));
    expect(problems).toContainEqual({ where: 'rules[0] "constructor" › id', message: 'is a reserved name (every JavaScript object has it); choose another id' });
  });

  it('says which format versions this build reads', () => {
    expect(problemsOf({ ...pack([goodRule]), formatVersion: 5 })).toEqual([{ where: 'formatVersion', message: 'this build reads formatVersion 1, 2, 3 or 4, not 5' }]);
    expect(problemsOf({ ...pack([goodRule]), formatVersion: undefined })[0]!.message).toBe('this build reads formatVersion 1, 2, 3 or 4, not a missing one');
    expect(problemsOf({ ...pack([goodRule]), formatVersion: '2' })[0]!.message).toBe('this build reads formatVersion 1, 2, 3 or 4, not "2"');
  });

  it('an unknown kind says which kinds exist', () => {
    expect(problemsOf(pack([{ ...goodRule, kind: 'regex' }]))[0]).toEqual({ where: 'rules[0] "bare-wait" › kind', message: 'kind must be "phrase" or "structure"' });
  });

  it.each([
    ['phrases', { phrases: Array.from({ length: PACK_LIMITS.phrases + 1 }, (_, i) => `word${i}`) }, `at most ${PACK_LIMITS.phrases} phrases`],
    ['patterns', { patterns: Array.from({ length: PACK_LIMITS.patterns + 1 }, () => 'please wait') }, `at most ${PACK_LIMITS.patterns} patterns`],
    ['message', { message: 'x'.repeat(PACK_LIMITS.messageChars + 1) }, `at most ${PACK_LIMITS.messageChars} characters`],
    [
      'examples.flag',
      { examples: { flag: Array.from({ length: PACK_LIMITS.flagExamples + 1 }, () => ({ text: 'Please wait.', becomes: null })), pass: ['ok'] } },
      `at most ${PACK_LIMITS.flagExamples} flag examples`,
    ],
    ['examples.pass', { examples: { flag: [{ text: 'Please wait.', becomes: null }], pass: Array.from({ length: PACK_LIMITS.passExamples + 1 }, () => 'ok') } }, `at most ${PACK_LIMITS.passExamples} pass examples`],
    ['examples.pass[0]', { examples: { flag: [{ text: 'Please wait.', becomes: null }], pass: ['x'.repeat(PACK_LIMITS.exampleChars + 1)] } }, `at most ${PACK_LIMITS.exampleChars} characters`],
  ])('limits %s, stating the limit', (field, change, message) => {
    const problems = problemsOf(pack([{ ...goodRule, ...change }]));
    expect(problems).toContainEqual({ where: `rules[0] "bare-wait" › ${field}`, message: expect.stringContaining(message) });
  });

  it('limits the number of rules and the size of the whole pack', () => {
    const many = Array.from({ length: PACK_LIMITS.rules + 1 }, (_, i) => ({ ...goodRule, id: `rule-${i}` }));
    expect(problemsOf(pack(many))).toContainEqual({ where: 'rules', message: `at most ${PACK_LIMITS.rules} rules are allowed` });
    // A 6 MB pack of otherwise valid-looking examples is refused before any rule is read.
    const huge = pack([{ ...goodRule, examples: { flag: [{ text: 'Please wait.', becomes: null }], pass: Array.from({ length: 3000 }, () => 'x'.repeat(2000)) } }]);
    expect(problemsOf(huge)).toEqual([{ where: '(the pack)', message: `is larger than ${PACK_LIMITS.packChars.toLocaleString('en')} characters of JSON` }]);
  });

  it('a pass example object with a typo names it instead of "Invalid input"', () => {
    const problems = problemsOf(pack([{ ...goodRule, examples: { flag: [{ text: 'Please wait.', becomes: null }], pass: [{ txt: 'ok' }] } }]));
    expect(problems.map((p) => p.message)).toContain('`txt`: unknown field; did you mean `text`?');
  });

  describe('a softer finding where the sentence answers the customer (`softer`, format version 3)', () => {
    const softer = (setting: unknown) => ({ ...goodRule, softer: setting });
    const good = { severity: 'hint', message: 'Urgency: this answers their question; add when you will be back.', customerAsked: ['how long (do|will) i'] };

    it('accepts a softer severity with its message and patterns, filling the missing list', () => {
      const result = validatePack(pack([softer(good)]));
      expect(result.ok).toBe(true);
      if (result.ok && result.pack.rules[0]!.kind === 'phrase') expect(result.pack.rules[0]!.softer).toEqual({ ...good, sentenceHas: [] });
    });

    it.each([
      [{ ...good, severity: 'warning' }, 'rules[0] "bare-wait" › softer.severity', 'must not be stronger than the rule\'s own severity ("suggestion")'],
      [{ ...good, customerAsked: [] }, 'rules[0] "bare-wait" › softer', 'needs at least one "customerAsked" or "sentenceHas" pattern (otherwise it would soften every finding)'],
      [{ ...good, message: 'short' }, 'rules[0] "bare-wait" › softer.message', 'must explain the principle in a sentence'],
      [{ ...good, customerAsked: ['/how+/'] }, 'rules[0] "bare-wait" › softer.customerAsked[0]', null],
      [{ ...good, sentenceHas: ['.* because .* you .* we'] }, 'rules[0] "bare-wait" › softer.sentenceHas[0]', null],
      [{ ...good, sentenceHas: Array.from({ length: 21 }, (_, i) => `reason${i}`) }, 'rules[0] "bare-wait" › softer.sentenceHas', 'at most 20 "sentenceHas" patterns are allowed'],
      [{ ...good, customerAskd: ['how'] }, 'rules[0] "bare-wait" › softer.customerAskd', '`customerAskd`: unknown field; did you mean `customerAsked`?'],
      [{ ...good, severity: undefined }, 'rules[0] "bare-wait" › softer.severity', null],
    ])('rejects the whole pack for softer %j, naming %s', (setting, where, message) => {
      const result = validatePack(pack([softer(setting), { ...goodRule, id: 'other-rule' }]));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.problems.map((p) => p.where)).toContain(where);
        if (message) expect(result.problems).toContainEqual({ where, message });
      }
    });

    it('may equal the rule\'s severity, so turning the whole rule down to a hint needs no second edit', () => {
      expect(validatePack(pack([{ ...softer(good), severity: 'hint' }])).ok).toBe(true);
    });

    it('a version 2 pack cannot hold one, and says which version can; export writes 3 only when a rule has one', () => {
      expect(problemsOf({ ...pack([softer(good)]), formatVersion: 2 })).toEqual([
        { where: 'rules[0] "bare-wait" › softer', message: 'a softer finding needs formatVersion 3 (this pack says 2)' },
      ]);
      expect(validatePack({ ...pack([{ ...goodRule, channels: { social: { severity: 'hint' } } }]), formatVersion: 2 }).ok).toBe(true);
      expect(formatVersionFor([goodRule as never, softer(good) as never])).toBe(3);
    });
  });

  describe('per-channel settings (`channels`, format version 2)', () => {
    const social = (setting: unknown) => ({ ...goodRule, channels: { social: setting } });

    it('accepts a severity or a switch per channel, on phrase and structure rules alike', () => {
      const { patterns: _p, rewrites: _r, ...base } = goodRule as Extract<RuleInput, { kind: 'phrase' }>;
      const structure = { ...base, id: 'long-reply', kind: 'structure', check: 'wall-of-text', channels: { chat: { enabled: false } } };
      const result = validatePack(pack([social({ severity: 'hint' }), structure]));
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.pack.rules[0]!.channels).toEqual({ social: { severity: 'hint' } });
        expect(result.pack.rules[1]!.channels).toEqual({ chat: { enabled: false } });
      }
    });

    it.each([
      [{ social: { severity: 'off' } }, 'rules[0] "bare-wait" › channels.social.severity', 'Invalid option: expected one of "hint"|"suggestion"|"warning"'],
      [{ social: { enabled: 'no' } }, 'rules[0] "bare-wait" › channels.social.enabled', 'Invalid input: expected boolean, received string'],
      [{ fax: { severity: 'hint' } }, 'rules[0] "bare-wait" › channels.fax', '`fax`: unknown field (known: email, chat, social)'],
      [{ socal: { severity: 'hint' } }, 'rules[0] "bare-wait" › channels.socal', '`socal`: unknown field; did you mean `social`?'],
      [{ social: { severty: 'hint' } }, 'rules[0] "bare-wait" › channels.social.severty', '`severty`: unknown field; did you mean `severity`?'],
      [{ social: { when: 'never' } }, 'rules[0] "bare-wait" › channels.social.when', '`when`: unknown field (known: enabled, severity, unless)'],
      ['social', 'rules[0] "bare-wait" › channels', 'Invalid input: expected object, received string'],
    ])('rejects the whole pack for channels %j, naming %s', (channels, where, message) => {
      const result = validatePack(pack([{ ...goodRule, channels }, { ...goodRule, id: 'other-rule' }]));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems).toContainEqual({ where, message });
    });

    it('a version 1 pack cannot hold them (an older build would not know them), and says which version can', () => {
      expect(problemsOf({ ...pack([social({ severity: 'hint' })]), formatVersion: 1 })).toEqual([
        { where: 'rules[0] "bare-wait" › channels', message: 'per-channel settings need formatVersion 2 (this pack says 1)' },
      ]);
      expect(validatePack({ ...pack([goodRule]), formatVersion: 1 }).ok).toBe(true);
    });

    it('a pack is written in the lowest version that holds it', () => {
      expect(formatVersionFor([goodRule as never])).toBe(1);
      expect(formatVersionFor([goodRule as never, social({ severity: 'hint' }) as never])).toBe(2);
    });

    it('validateRule names the field too (the options page validates one rule as the lead types)', () => {
      const result = validateRule(social({ severity: 'loud' }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]!.where).toBe('channels.social.severity');
    });

    it('the analyzer applies them: a channel\'s severity and switch win over the rule\'s own', () => {
      const rules = validatePack(pack([{ ...goodRule, channels: { social: { severity: 'hint' }, chat: { enabled: false } } }]));
      if (!rules.ok) throw new Error(JSON.stringify(rules.problems));
      const analyzer = createAnalyzer(rules.pack);
      const severities = (channel: 'email' | 'chat' | 'social') => analyzer.analyze('Please wait.', { channel }).findings.map((f) => `${f.ruleId} ${f.severity}`);
      expect(severities('email')).toEqual(['bare-wait suggestion']);
      expect(severities('social')).toEqual(['bare-wait hint']);
      expect(severities('chat')).toEqual([]);
    });

    it('a rule off by default can be on in one channel only', () => {
      const rules = validatePack(pack([{ ...goodRule, enabled: false, channels: { social: { enabled: true } } }]));
      if (!rules.ok) throw new Error(JSON.stringify(rules.problems));
      const analyzer = createAnalyzer(rules.pack);
      expect(analyzer.analyze('Please wait.', { channel: 'email' }).findings).toEqual([]);
      expect(analyzer.analyze('Please wait.', { channel: 'social' }).findings.map((f) => f.ruleId)).toEqual(['bare-wait']);
    });
  });

  describe('exemptions in one channel (`channels.<channel>.unless`, format version 4)', () => {
    const withUnless = (channels: unknown) => ({ ...goodRule, channels });
    const live = ['please wait while (the|our) page (loads|refreshes)'];

    it('accepts patterns per channel beside a severity, and the rule stays as it was elsewhere', () => {
      const result = validatePack(pack([withUnless({ social: { unless: live, severity: 'hint' } })]));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.pack.rules[0]!.channels).toEqual({ social: { unless: live, severity: 'hint' } });
    });

    it.each([
      [{ social: { unless: ['/wait+/'] } }, 'rules[0] "bare-wait" › channels.social.unless[0]'],
      [{ chat: { unless: ['.* please .* wait .* page'] } }, 'rules[0] "bare-wait" › channels.chat.unless[0]'],
      [{ chat: { unless: 'page loads' } }, 'rules[0] "bare-wait" › channels.chat.unless'],
      [{ chat: { unless: [42] } }, 'rules[0] "bare-wait" › channels.chat.unless[0]'],
      [{ social: { unless: Array.from({ length: 21 }, (_, i) => `page${i}`) } }, 'rules[0] "bare-wait" › channels.social.unless'],
      [{ social: { unles: ['page'] } }, 'rules[0] "bare-wait" › channels.social.unles'],
    ])('rejects the whole pack for %j, naming %s', (channels, where) => {
      const result = validatePack(pack([withUnless(channels), { ...goodRule, id: 'other-rule' }]));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.where)).toContain(where);
    });

    it('a whole-reply check has none: its options tune it', () => {
      const { patterns: _p, rewrites: _r, ...base } = goodRule as Extract<RuleInput, { kind: 'phrase' }>;
      const structure = { ...base, id: 'long-reply', kind: 'structure', check: 'wall-of-text', channels: { social: { unless: ['page'] } } };
      expect(problemsOf(pack([structure]))).toEqual([
        { where: 'rules[0] "long-reply" › channels.social.unless', message: 'only a phrase rule has exemptions (`unless`); a whole-reply check is tuned by its `options`' },
      ]);
    });

    it('an older pack still loads; one of an older version cannot hold them, and says which version can', () => {
      for (const formatVersion of [1, 2, 3]) expect(validatePack({ ...pack([goodRule]), formatVersion }).ok).toBe(true);
      expect(validatePack({ ...pack([withUnless({ social: { severity: 'hint' } })]), formatVersion: 3 }).ok).toBe(true);
      expect(problemsOf({ ...pack([withUnless({ social: { unless: live } })]), formatVersion: 3 })).toEqual([
        { where: 'rules[0] "bare-wait" › channels.social.unless', message: 'exemptions in one channel need formatVersion 4 (this pack says 3)' },
      ]);
      expect(formatVersionFor([goodRule as never, withUnless({ chat: { unless: live } }) as never])).toBe(4);
      expect(formatVersionFor([withUnless({ chat: { severity: 'hint' } }) as never])).toBe(2);
    });

    it('an empty list of exemptions is none: an older version holds it, and export does not ask for version 4', () => {
      expect(validatePack({ ...pack([withUnless({ social: { unless: [], severity: 'hint' } })]), formatVersion: 3 }).ok).toBe(true);
      expect(formatVersionFor([withUnless({ chat: { unless: [] } }) as never])).toBe(2);
    });

    it('round-trips through JSON, as an exported pack is imported again', () => {
      const first = validatePack(pack([withUnless({ chat: { unless: live }, social: { enabled: false } })]));
      if (!first.ok) throw new Error(JSON.stringify(first.problems));
      const again = validatePack(JSON.parse(JSON.stringify({ ...first.pack, formatVersion: formatVersionFor(first.pack.rules) })));
      expect(again).toEqual(first);
    });

    it('the analyzer applies them only in their channel, on the sentence that holds them', () => {
      const rules = validatePack(pack([withUnless({ social: { unless: live } })]));
      if (!rules.ok) throw new Error(JSON.stringify(rules.problems));
      const analyzer = createAnalyzer(rules.pack);
      const ids = (text: string, channel: 'email' | 'chat' | 'social') => analyzer.analyze(text, { channel }).findings.map((f) => f.ruleId);
      const text = 'Please wait while the page loads.';
      expect(ids(text, 'email')).toEqual(['bare-wait']);
      expect(ids(text, 'chat')).toEqual(['bare-wait']);
      expect(ids(text, 'social')).toEqual([]);
      // Kept with the sentence: asking again on another channel gives that channel's answer.
      expect(ids(text, 'email')).toEqual(['bare-wait']);
      expect(ids('Please wait. The page loads soon.', 'social')).toEqual(['bare-wait']);
    });

  });
});
