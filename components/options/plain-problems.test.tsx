import { describe, expect, it } from 'vitest';
import { defaultPackInput } from '../../lib/rules/default';
import { validatePack } from '../../lib/rules/schema';
import { plainProblem } from './plain-problems';

function problemsOf(edit: (rules: Record<string, unknown>[]) => void, pack: Record<string, unknown> = {}) {
  const rules = structuredClone(defaultPackInput.rules) as unknown as Record<string, unknown>[];
  edit(rules);
  const result = validatePack({ ...defaultPackInput, ...pack, rules });
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(plainProblem);
}

describe('import problems in plain sentences', () => {
  it('names the rule by number and id, the field by its name, and says what is wrong', () => {
    const ids = defaultPackInput.rules.slice(0, 5).map((rule) => rule.id);
    const plain = problemsOf((rules) => {
      rules[0]!.kind = 'phras';
      rules[1]!.severity = 'loud';
      delete rules[2]!.principle;
      rules[3]!.phrases = 'per our policy';
      rules[4]!.examples = { flag: [], pass: ['fine'] };
    });
    expect(plain).toEqual(
      expect.arrayContaining([
        `Rule 1 (“${ids[0]}”): its kind must be "phrase" (phrases and patterns) or "structure" (a whole-reply check).`,
        `Rule 2 (“${ids[1]}”): its severity must be one of "hint", "suggestion", "warning".`,
        expect.stringMatching(new RegExp(`^Rule 3 \\(“${ids[2]}”\\): its principle (is missing|must be one of "interaction")`)),
        `Rule 4 (“${ids[3]}”): its phrases should be a list but are text.`,
        `Rule 5 (“${ids[4]}”): its examples it must flag need at least one sentence the rule must flag.`,
      ]),
    );
    for (const sentence of plain) expect(sentence).not.toMatch(/Invalid|discriminator|received|›|\[\d+\]/);
  });

  it('names a softer form\'s field in plain words', () => {
    const at = defaultPackInput.rules.findIndex((rule) => rule.id === 'you-need-to');
    const plain = problemsOf((rules) => {
      rules[at]!.softer = { severity: 'hint', message: 'Respect: a short one here.', customerAskd: ['how'] };
    });
    // The misspelt list also leaves it with no pattern, which is said too.
    expect(plain).toEqual([
      `Rule ${at + 1} (“you-need-to”): its softer form where it answers them (“softer”), “customerAskd” \`customerAskd\`: unknown field; did you mean \`customerAsked\`?`,
      `Rule ${at + 1} (“you-need-to”): its softer form where it answers them (“softer”) needs at least one "customerAsked" or "sentenceHas" pattern (otherwise it would soften every finding).`,
    ]);
  });

  it('makes the verb agree with a field named in the plural ("its examples are missing")', () => {
    const id = defaultPackInput.rules[0]!.id;
    expect(problemsOf((rules) => delete rules[0]!.examples)).toEqual([`Rule 1 (“${id}”): its examples are missing.`]);
  });

  it('explains a problem with the pack itself', () => {
    expect(problemsOf(() => undefined, { version: 5 })).toEqual(['The pack version should be text but is a number.']);
  });

  it('says a missing or unreadable format version in a sentence, and never "the pack\'s pack …"', () => {
    expect(problemsOf(() => undefined, { formatVersion: undefined })).toEqual(['The pack\'s format version is missing; this version of Rapport reads format version 1, 2, 3 or 4.']);
    expect(problemsOf(() => undefined, { formatVersion: 9 })).toEqual(['The pack\'s format version is 9, which this version of Rapport cannot read (it reads 1, 2, 3 or 4).']);
    expect(problemsOf(() => undefined, { name: undefined })).toEqual(['The pack name is missing.']);
  });
});
