/**
 * Warm replies in shapes that used to trip the whole-reply checks (session 13, dev-extra-ac), each beside the cold twin
 * that must still be flagged: a yes that answers the customer's question, a fix already made for a feeling shown only by
 * the situation, a passive under "All done:", a chat paragraph a few words over the limit.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import type { AnalyzeOptions } from '../types';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string, options: AnalyzeOptions = {}) => analyzer.analyze(text, options).findings.map((f) => f.ruleId);

describe('greeting: a yes that grants what the customer asked', () => {
  const asked = { customerMessage: 'Can I freeze my membership for a month while I am travelling in August?', channel: 'email' as const };
  const body = "Yes, you can. I've set the freeze for 1 to 31 August, and your next payment will be taken on 1 September instead.";
  it('greets them when a person signs it off', () => {
    expect(ruleIds(`${body}\n\nHave a great trip!\nMarco\nFitLoft Clapham`, asked)).not.toContain('greeting-missing');
    expect(ruleIds(`${body}\n\nKind regards,\nHelen Ward`, asked)).not.toContain('greeting-missing');
  });
  it('does not when only a team signs it, or when nothing was asked', () => {
    expect(ruleIds(`${body}\n\nCustomer Services`, asked)).toContain('greeting-missing');
    expect(ruleIds(`${body}\n\nKind regards,\nHelen Ward`, { customerMessage: 'Please freeze my membership for August.', channel: 'email' })).toContain('greeting-missing');
  });
  it('reads "Yes," or "Okay," as an answer, never as the customer\'s name', () => {
    expect(ruleIds('Okay, great, your order is confirmed for delivery on Friday between 8am and noon at the front door.\n\nBest,\nSam')).toContain('greeting-missing');
  });
  it('takes "Yes, Leah," for the customer\'s name and "Yes, sadly," for none (a capital, not any word)', () => {
    const signed = '\n\nKind regards,\nHelen Ward';
    expect(ruleIds(`Yes, Leah, you can. I've set the freeze for 1 to 31 August.${signed}`, asked)).not.toContain('greeting-missing');
    expect(ruleIds(`Yes, sadly, the freeze ends on 31 August and your payment will be taken on 1 September.${signed}`, asked)).toContain('greeting-missing');
    expect(ruleIds(`Yes — Unfortunately, the freeze ends on 31 August.${signed}`, asked)).toContain('greeting-missing');
  });
});

describe('acknowledgement: a fix already made meets a feeling shown only by the situation', () => {
  const missedService = { customerMessage: 'The boiler was meant to be serviced last month. Is it booked?', channel: 'email' as const };
  it('stays quiet when the reply has put it right', () => {
    const done = "Hi Oliver,\n\nIt's booked. The service has been arranged by us for Wednesday 6th between 8am and 12pm, and the engineer will ring 30 minutes before arriving.\n\nThanks,\nMaya";
    expect(ruleIds(done, missedService)).not.toContain('acknowledge-feelings');
    const booked = { customerMessage: 'Our fridge stopped working last night, can someone come out today??', channel: 'email' as const };
    expect(ruleIds("Hi Ruth,\n\nAn engineer can be with you between 2pm and 4pm today; I've booked it and they'll call on their way.\n\nBest wishes,\nAhmed", booked)).not.toContain('acknowledge-feelings');
  });
  it('reads a fix that opens a sentence after an emoji', () => {
    const twice = { customerMessage: 'you took the payment for my cinema ticket twice', channel: 'social' as const };
    expect(ruleIds('@tom_b not the double feature we had in mind 🙈 Refunded the extra payment just now, it will be back on your card in a few days.', twice)).not.toContain(
      'acknowledge-feelings',
    );
  });
  it('still asks when the problem is only passed on', () => {
    const passed = "Hi Oliver,\n\nI've sent it over to the contractor, who will contact you about a date.\n\nThanks,\nMaya";
    expect(ruleIds(passed, missedService)).toContain('acknowledge-feelings');
  });
  it('still asks after a wait the customer sat through', () => {
    const waited = { customerMessage: 'My withdrawal has been pending for 5 days. I need those funds.', channel: 'email' as const };
    expect(ruleIds("Hi Jo,\n\nI've released the withdrawal today and it will reach your account by Friday.\n\nBest,\nSam", waited)).toContain('acknowledge-feelings');
  });
});

describe('passive voice under a "done" label', () => {
  it('reads "All done:" as the agent owning the work', () => {
    expect(ruleIds('Hi Fatima,\n\nAll done: two seats have been added to your plan.\n\nBest,\nJosh')).not.toContain('faceless-passive');
  });
  it('still flags a faceless process', () => {
    expect(ruleIds('Hi Fatima,\n\nYour claim has been assessed.\n\nBest,\nJosh')).toContain('faceless-passive');
  });
});

describe('wall of text: a few words over within the sentence limit', () => {
  // Chat: 90 words and 7 sentences. Six sentences of 16 words (96) are 7% over; eight of 16 (128) are 42% over.
  const SENTENCE = 'Please check the cable and the router lights once more before you restart the whole thing again.';
  const paragraph = (n: number) => Array.from({ length: n }, () => SENTENCE).join(' ');
  it('leaves a chat paragraph 7% over the word limit alone', () => {
    expect(ruleIds(paragraph(6), { channel: 'chat' })).not.toContain('wall-of-text');
  });
  it('breaks one well over it', () => {
    expect(ruleIds(paragraph(8), { channel: 'chat' })).toContain('wall-of-text');
  });
});
