/** The unexplained-code detector: the token's shape, and what makes a code-shaped word no code for this customer. */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { codeShaped, codeTokens, customersWordsFor } from './codes';

// The rule ships switched off (see its file); these tests read it as a lead who turned it on.
const rule = { ...defaultPack.rules.find((r) => r.id === 'unexplained-code')!, enabled: true };
const alone = createAnalyzer([rule]);
const withCodesOn = defaultPack.rules.map((r) => (r.id === rule.id ? rule : r));
const flagged = (text: string, customerMessage?: string) =>
  alone.analyze(text, { customerMessage }).findings.filter((f) => f.ruleId === 'unexplained-code').map((f) => f.text);

describe('codeShaped', () => {
  it.each(['DCV', 'L2', 'P3', '3PL', 'G99', 'C88', 'DSLAM', 'U&E', 'O&M', 'CoC', 'IdP', 'RoMM', 'T.B.C.'])('reads %s as a code', (token) => {
    expect(codeShaped(token)).toBe(true);
  });
  it.each(['Hello', 'iPhone', 'eSIM', 'A', '4K', '5G', '10AM', '14C', 'Q3', 'FY24', 'III', '30GB', '6HR', 'S10', 'PayPal', 'McDonald', 'WH1000XM5'])(
    'reads %s as no code',
    (token) => {
      expect(codeShaped(token)).toBe(false);
    },
  );
});

describe('codeTokens', () => {
  it('cuts plurals, possessives, brackets and end punctuation, and splits on slashes and hyphens', () => {
    expect(codeTokens("The 3PL's POD, the INCs (and KYC/AML) and a CCL-exempt deal.").map((t) => t.code)).toEqual(['3PL', 'POD', 'INC', 'KYC', 'AML', 'CCL']);
  });
  it('keeps offsets on the code itself', () => {
    const sentence = 'Ticket moved to L2 for RCA.';
    expect(codeTokens(sentence).map((t) => sentence.slice(t.start, t.end))).toEqual(['L2', 'RCA']);
  });
  it('reads no code in hyphenated numbers, links, handles, tags or signed initials', () => {
    expect(codeTokens('Use RMA-55821 or CLM-2024-0093, see https://x.io/ABC, @ACME #NEW ^JR -TB').map((t) => t.code)).toEqual([]);
  });
});

describe('unexplained-code', () => {
  it('flags the codes of a sentence in one hint that names them, with advice and no rewording', () => {
    const findings = alone.analyze('DLM has banded the profile after high CRC counts.').findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.text).toBe('DLM has banded the profile after high CRC');
    expect(findings[0]!.suggestions).toEqual([]);
    expect(findings[0]!.advice).toContain('DLM and CRC');
    expect(findings[0]!.severity).toBe('hint');
  });

  it('flags a code once per reply', () => {
    expect(flagged('Your RMA is pending. The RMA will be checked on Monday.')).toEqual(['RMA']);
  });

  it('lets through acronyms customers know and names compromise knows', () => {
    expect(flagged('Your PIN, the PDF and the VAT receipt are in the SMS; IKEA and the NHS have a copy.')).toEqual([]);
  });

  it('lets through a code the reply explains, before or after it', () => {
    expect(flagged('I have emailed you a return authorisation (RMA) number.')).toEqual([]);
    expect(flagged('Your MPAN (the 13-digit number on your bill) is all I need.')).toEqual([]);
    expect(flagged('Your Meter Point Administration Number, or MPAN, is on the bill.')).toEqual([]);
    expect(flagged('It is on hold for an NCD check. NCD stands for no-claims discount.')).toEqual([]);
  });

  it('lets through a code the customer used first', () => {
    expect(flagged('Yes, the POD was signed this morning.', 'Has the POD been signed?')).toEqual([]);
    expect(flagged('Yes, the POD was signed this morning.', 'Has the driver got a signature?')).toEqual(['POD']);
  });

  it('lets through references, models, quantities, screen labels and the initials under a post', () => {
    expect(flagged("I've added a bag to booking QX7RBT, gate B12, seat 14C.")).toEqual([]);
    expect(flagged("I've booked your BMW X3 in, and the K5 Mini ships today with 30GB of cloud space.")).toEqual([]);
    expect(flagged('Tap the button that says "SYNC", then text STOP to 60060.')).toEqual([]);
    expect(flagged('Here is the link that will help: https://example.com/help HRB')).toEqual([]);
    expect(flagged("I've rebooked you onto FN218 on Friday, and KE 907 has your seat.")).toEqual([]);
    expect(flagged("I've reserved a Golf DSG for you. Press WPS on both boxes.\n\n- J&M")).toEqual([]);
    expect(flagged('All you need is a PAC code from them: text PAC to 65075 and it arrives in a minute.')).toEqual([]);
  });

  it('lets through shouted words and sentences in capitals (another rule)', () => {
    expect(flagged('Please do NOT unplug it, and NOTE the light.')).toEqual([]);
    expect(flagged('PLEASE READ THE ENCLOSED LETTER BEFORE CALLING.')).toEqual([]);
  });

  it('reads only the agent\'s own sentences: no greeting, sign-off, signature or quoted history', () => {
    const text = 'Hi Lena,\n\nYour refund went back to your card today.\n\nBest,\nSara\n\n> On 3 May, Lena wrote:\n> Your agent said it was a KYC hold pending AML review??';
    expect(flagged(text)).toEqual([]);
  });

  it('stays quiet where a plain-language phrase rule already flagged the code', () => {
    const pack = createAnalyzer(withCodesOn);
    const findings = pack.analyze('Your sample will be processed as per TAT.').findings;
    expect(findings.map((f) => f.ruleId)).toContain('internal-codes');
    expect(findings.map((f) => f.ruleId)).not.toContain('unexplained-code');
  });

  it('leaves the sentence to the learned check: a code hint is about one word, not the sentence\'s tone', () => {
    const pack = createAnalyzer(withCodesOn.filter((r) => r.id === 'learned-cold-sentence' || r.id === 'unexplained-code'));
    const ids = pack.analyze('Your request has been forwarded to the NOC.').findings.map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['learned-cold-sentence', 'unexplained-code']));
  });

  it('offers the customer\'s own words for a code they spelled out, and nothing where they did not', () => {
    expect(customersWordsFor('POD', 'Has the proof of delivery been signed?')).toBe('proof of delivery');
    expect(customersWordsFor('SV', 'Two step verification is on. Step verification fails.')).toBe('step verification');
    expect(customersWordsFor('POD', 'Has the driver got a signature?')).toBeNull();
    expect(customersWordsFor('L2', 'Is it with level two now?')).toBe('level two');
    expect(customersWordsFor('L2', 'Is it fixed now?')).toBeNull();
    expect(customersWordsFor('2SV', "I can't get past the two step verification")).toBe('two step verification');
    const [finding] = alone.analyze('The POD and the ETD are both in.', { customerMessage: 'Is the proof of delivery in? And the estimated time of departure?' }).findings;
    expect(finding!.suggestions).toEqual(['proof of delivery and the estimated time of departure']);
    const [advice] = alone.analyze('The POD and the RCA are both in.', { customerMessage: 'Is the proof of delivery in?' }).findings;
    expect(advice!.suggestions).toEqual([]);
  });

  it('ships switched off: the default pack gives no code hint until a lead turns the rule on, and then not for a code explained after it', () => {
    const text = 'Your order is pending DCV and will ship once it clears.';
    expect(createAnalyzer(defaultPack).analyze(text).findings.map((f) => f.ruleId)).not.toContain('unexplained-code');
    const leadsPack = createAnalyzer(withCodesOn);
    expect(leadsPack.analyze(text).findings.map((f) => f.ruleId)).toContain('unexplained-code');
    expect(leadsPack.analyze('Your order is pending DCV, a quick check of your card, and ships once it clears.').findings.map((f) => f.ruleId)).not.toContain('unexplained-code');
  });
});
