import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import { offersSomething } from './kind-refusal';

/**
 * Session 44 (issue #10): since session 43 a line that says no offered nothing, so a deed the agent had already done
 * for the customer before the no ("I've sent you a new strap, but we can't replace the watch") no longer counted as a
 * way forward, and the closing check asked for an appeal after it. A deed for them counts again in the same sentence or
 * paragraph; a look at the case or a deed against them still does not.
 */
const DEED_BESIDE_NO = [
  "I've sent you a new strap, but we can't replace the watch.",
  "I've booked you onto Friday's course, though we can't move the exam.",
  "I've refunded the delivery charge and we can't take the sofa back.",
  "We've credited £5 to your account; the voucher itself can't be extended.",
  "I've posted a spare charger today. We can't replace the tablet itself.",
  "I'll waive next month's fee. We aren't able to refund this one.",
];
const NO_OFFER_BESIDE_NO = [
  "I've closed your account, and we can't reopen it.",
  "I've checked the order, and we can't refund the postage.",
  "I've looked into it and we can't swap the colour.",
  "I've marked the ticket as resolved, and we can't reopen it.",
  "I've attached our returns policy; we can't take the kettle back.",
  "I have decided we can't refund the deposit.",
  "I've reviewed the photos. We won't be replacing the frame.",
  'Sadly, moving the start time is not something we can arrange now.',
];

describe('offersSomething beside a no (fix44)', () => {
  it.each(DEED_BESIDE_NO)('counts the deed done for the customer: "%s"', (line) => expect(offersSomething(line)).toBe(true));
  it.each(NO_OFFER_BESIDE_NO)('counts no look and no deed against them: "%s"', (line) => expect(offersSomething(line)).toBe(false));
});

const analyzer = createAnalyzer(defaultPack);
const findingsOf = (body: string) => analyzer.analyze(`Hi Kim,\n\nThanks for writing in. ${body}\n\nBest,\nAnn`, { channel: 'email' }).findings;
const severityOf = (body: string, ruleId: string) => findingsOf(body).find((f) => f.ruleId === ruleId)?.severity;
const closingAdviceOf = (body: string) => findingsOf(body).find((f) => f.ruleId === 'next-step-missing')?.advice ?? '';

describe('a kind no with a deed done before it (fix44)', () => {
  it('a sorry no after a deed earlier in the paragraph is softened to a hint', () => {
    expect(severityOf("I've posted a spare strap today. I'm sorry, we are unable to replace the watch itself.", 'we-are-unable-to')).toBe('hint');
  });

  it('after a look at the case or a deed against them the no keeps its flag', () => {
    expect(severityOf("I've checked the strap. I'm sorry, we are unable to replace the watch itself.", 'we-are-unable-to')).toBe('suggestion');
    expect(severityOf("I've closed the old account. I'm sorry, we are unable to reopen it.", 'we-are-unable-to')).toBe('suggestion');
  });

  it('the closing check asks for no appeal after a no beside a deed for them', () => {
    expect(closingAdviceOf("I've sent you a new strap, but we can't replace the watch.")).not.toMatch(/where the customer can turn/);
    expect(closingAdviceOf("I've sent a spare strap today. We can't replace the watch itself.")).not.toMatch(/where the customer can turn/);
  });

  it('the closing check still asks for one after a look or a deed against them', () => {
    expect(closingAdviceOf("I've closed your account, and we can't reopen it.")).toMatch(/where the customer can turn/);
    expect(closingAdviceOf("I've checked the order, and we can't refund the postage.")).toMatch(/where the customer can turn/);
  });
});
