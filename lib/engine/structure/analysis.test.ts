/** The engine reads each part for what it is: the agent's words are coached, signatures, footers and quotes are not. */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { applySuggestion } from '../apply';
import type { AnalyzeOptions } from '../types';

const analyzer = createAnalyzer(defaultPack);
const analyze = (text: string, options: AnalyzeOptions = {}) => analyzer.analyze(text, options);
const ids = (text: string, options?: AnalyzeOptions) => analyze(text, options).findings.map((f) => f.ruleId);

const COLD_HISTORY = `Hi Maria,

I've booked a technician for Friday morning between 8 and 12, and I'll call you on Thursday to confirm.

Kind regards,
Tom Baker
Customer Care, Acme Co.

-----Original Message-----
From: Acme Support <help@acme.example>
Sent: Monday, March 3, 2025 10:02 AM
To: Maria Lopez <maria@example.com>
Subject: Ticket closed

Per our policy, your ticket is closed. You need to read the FAQ. Your issue will be reviewed in due course. NO REFUNDS.`;

describe('what the engine reads', () => {
  it('never flags quoted history without ">" (Outlook original message)', () => {
    const result = analyze(COLD_HISTORY);
    const quoteStart = COLD_HISTORY.indexOf('-----Original');
    expect(result.findings.filter((f) => f.end > quoteStart)).toEqual([]);
    expect(result.structure.skipped).toEqual(['signature', 'quote']);
  });

  it('scores warmth on the agent\'s words only: a quote or a signature never moves it', () => {
    const reply = COLD_HISTORY.slice(0, COLD_HISTORY.indexOf('\n\n-----Original'));
    const bare = reply.slice(0, reply.indexOf('\n\nKind regards'));
    expect(analyze(COLD_HISTORY).scores.warmth).toBe(analyze(reply).scores.warmth);
    const cold = 'Your ticket is closed. Per our policy, you need to read the FAQ before you contact us.';
    const signed = `${cold}\n\n--\nJordan Blake\nSenior Support Specialist\nAcme Co. | 12 High Street, Leeds\n+44 113 496 0000\njordan.blake@acme.example\nwww.acme.example`;
    expect(analyze(signed).scores.warmth).toBe(analyze(cold).scores.warmth);
    const signedOff = `${bare}\n\nKind regards,\nTom Baker`;
    expect(analyze(`${signedOff}\nCustomer Care, Acme Co.\n+44 20 7946 0321`).scores.warmth).toBe(analyze(signedOff).scores.warmth);
  });

  it('does not coach a legal footer or a system notice', () => {
    const text = `Hi Kim,

I've attached the signed amendment to your lease, and I'll post a paper copy today.

Best,
Alex

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee.
This mailbox is not monitored. Please do not reply to this email.`;
    const footer = text.indexOf('CONFIDENTIALITY');
    expect(analyze(text).findings.filter((f) => f.end > footer)).toEqual([]);
    expect(analyze(text).structure.skipped).toEqual(['footer']);
  });

  it('reads an attribution line as history, not as the reply\'s last sentence', () => {
    const text = `Hi Clara,

The late fee was refunded, as the delay was on our side.

On Mon, 3 Mar 2025, Acme Support <help@acme.example> wrote:
Your invoice is attached.`;
    const closing = analyze(text).findings.find((f) => f.ruleId === 'next-step-missing');
    expect(closing?.text).toBe("The late fee was refunded, as the delay was on our side.");
  });
});

describe('where whole-reply suggestions go', () => {
  it('puts the closing line at the end of the body, above the sign-off and signature', () => {
    const text = 'Hi Ben,\n\nThe outage in your area was fixed. Your line has been working normally again since the engineer left.\n\nRegards, Tom.\nCustomer Care, Acme Co.\n+44 20 7946 0321';
    const closing = analyze(text).findings.find((f) => f.ruleId === 'next-step-missing')!;
    expect(applySuggestion(text, closing, 0)).toBe(
      "Hi Ben,\n\nThe outage in your area was fixed. Your line has been working normally again since the engineer left. If anything else comes up, reply here and I'll be glad to help.\n\nRegards, Tom.\nCustomer Care, Acme Co.\n+44 20 7946 0321",
    );
  });

  it('finds the next step just above the signature', () => {
    const text = 'Hi Ben,\n\nThe outage in your area was fixed and your line is back.\nLet me know if it drops again.\n\nBest,\nTom\nCustomer Care | Acme Co.\n+44 20 7946 0321';
    expect(ids(text)).not.toContain('next-step-missing');
  });

  it('after a list, puts the closing in a paragraph of its own with the layout\'s break', () => {
    const text = 'Hi Nadia,\r\n\r\nHere is how to export the report with the new columns:\r\n\r\n1. Open Reports and pick the monthly sales report.\r\n2. Select column C and choose the currency format.\r\n\r\nBest,\r\nOwen';
    const closing = analyze(text).findings.find((f) => f.ruleId === 'next-step-missing')!;
    expect(closing.text).toBe('Select column C and choose the currency format.');
    expect(closing.suggestions[0]).toBe("Select column C and choose the currency format.\r\n\r\nIf anything else comes up, reply here and I'll be glad to help.");
  });

  it('puts a greeting above the first body line with the layout\'s break', () => {
    const text = 'Your refund was approved today and will reach your card within five working days.\nThe fee is waived.';
    const greeting = analyze(text).findings.find((f) => f.ruleId === 'greeting-missing')!;
    expect(applySuggestion(text, greeting, 0)).toBe('Hi there,\nYour refund was approved today and will reach your card within five working days.\nThe fee is waived.');
  });

  it('never breaks a list, and does not call a well-formatted list a wall of text', () => {
    const steps = Array.from({ length: 9 }, (_, i) => `${i + 1}. Select column ${'CDEFGHIJK'[i]} and choose Format, then Currency, then the euro sign and two decimals.`).join('\n');
    const text = `Hi Nadia,\n\nHere are the steps:\n${steps}\n\nLet me know how it goes.\n\nBest,\nOwen`;
    expect(ids(text)).not.toContain('wall-of-text');
  });
});

describe('channels', () => {
  // No next step in it: the parcel's past, not what comes next ("on its way" counts as a next step since the checks' closing rework).
  const midChat = 'The parcel left the warehouse with the courier yesterday and the tracking shows it at the depot near you.';
  it('expects a greeting in an e-mail, in the first chat message, and never in a social reply', () => {
    expect(ids(midChat)).toContain('greeting-missing');
    expect(ids(midChat, { channel: 'chat' })).not.toContain('greeting-missing');
    expect(ids(midChat, { channel: 'chat', firstMessage: true })).toContain('greeting-missing');
    expect(ids(midChat, { channel: 'social' })).not.toContain('greeting-missing');
    expect(ids(midChat, { channel: 'social', firstMessage: true })).not.toContain('greeting-missing');
  });

  it('asks a social reply for no closing line, and a short chat message neither', () => {
    expect(ids(midChat)).toContain('next-step-missing');
    expect(ids(midChat, { channel: 'chat' })).not.toContain('next-step-missing');
    expect(ids(midChat, { channel: 'social' })).not.toContain('next-step-missing');
  });

  it('keeps social replies short and chat paragraphs shorter than e-mail ones', () => {
    const sentence = 'The update fixes the sync problem on older phones, and it installs itself overnight.';
    const long = Array.from({ length: 8 }, () => sentence).join(' ');
    expect(ids(long, { channel: 'social' }).filter((id) => id === 'wall-of-text').length).toBeGreaterThanOrEqual(1);
    // Seven sentences of 17 words (119): within an e-mail paragraph's slack over 110, past a chat turn's 90.
    const medium = Array.from({ length: 7 }, () => 'The update fixes the sync problem on older phones and tablets, and it installs itself quietly overnight.').join(' ');
    expect(ids(medium)).not.toContain('wall-of-text');
    expect(ids(medium, { channel: 'chat' })).toContain('wall-of-text');
  });

  it('reads agent initials and thread markers as a sign-off, not as the last sentence', () => {
    const text = 'Sorry to hear that! Please DM us your order number and we will look into it for you. ^JR';
    const result = analyze(text, { channel: 'social' });
    expect(result.structure.parts.map((p) => p.kind)).toEqual(['body', 'sign-off']);
    expect(result.findings.filter((f) => f.text.includes('^JR'))).toEqual([]);
  });

  it('takes a warm opening as the welcome', () => {
    for (const opening of ['Congrats on your new iPod!', 'Thanks for reaching out about this.', 'Sorry to hear that the update failed.']) {
      expect(ids(`${opening} The next version fixes the battery drain, and it installs itself overnight on the charger.`)).not.toContain('greeting-missing');
    }
  });

  it('does not take a list of acronyms for shouting', () => {
    expect(ids('You can check the OS, CPU, RAM and SSD under About.')).not.toContain('all-caps');
    expect(ids('You MUST RESTART the router first.')).toContain('all-caps');
  });

  it('falls back to e-mail for an unknown channel', () => {
    expect(analyze(midChat, { channel: 'fax' as never }).structure.channel).toBe('email');
  });
});
