import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import { ownsFault, promisesOwnDeed, requirementReasoned, turnedSerious } from './owned-kindness';

/**
 * Session 41: warm replies that still set a requirement, own a fault or move to private messages. Beside their reason,
 * our own fault or the agent's own deed they are hints; the cold form of each (a bare order, a threat, a reproach with
 * only a stock apology, a move with nothing offered, a worse line nearby) keeps its warning or suggestion.
 */
const analyzer = createAnalyzer(defaultPack);
const customerMessage = 'The traps you set have not worked and the mice are back. What now?';
const findingsOf = (body: string, channel?: 'email' | 'social') =>
  analyzer
    .analyze(channel === 'social' ? body : `Hi Dora,\n\n${body}\n\nBest wishes,\nKemal`, { customerMessage, ...(channel ? { channel } : {}) })
    // A merged card's members carry the card's severity.
    .findings.flatMap((f) => (f.merged ?? [f]).map((m) => ({ ruleId: m.ruleId, severity: f.severity })));
const severityOf = (body: string, ruleId: string, channel?: 'email' | 'social') => findingsOf(body, channel).find((f) => f.ruleId === ruleId)?.severity;

describe('a requirement with its reason and the agent’s own part', () => {
  it('softens to a hint when the reason and an offer come with it', () => {
    const reply =
      "You must leave the bait boxes exactly where they are for ten days, or the treatment can't work. I can book a second visit for Tuesday morning.";
    expect(severityOf(reply, 'you-need-to')).toBe('hint');
  });

  it.each([
    // No reason at all.
    'You must leave the bait boxes exactly where they are for ten days. I can book a second visit for Tuesday morning.',
    // A sanction told as the reason: a threat.
    'You must leave the bait boxes where they are, or your guarantee will be cancelled. I can book a second visit for Tuesday.',
    // A reason, and a lecture in the next sentence instead of an offer.
    "You must leave the bait boxes where they are, or the treatment can't work. I would like to remind you of our terms.",
    // A reason, but nothing the agent will do.
    "You must leave the bait boxes where they are, or the treatment can't work. That is all there is to it.",
  ])('keeps its warning: %s', (reply) => {
    expect(['warning', 'suggestion']).toContain(severityOf(reply, 'you-need-to'));
  });
});

describe('a reproach-shaped phrase beside our own fault', () => {
  it('softens "you should have had…" when the sentence owns our fault', () => {
    const reply = 'You should have had an engineer out within a fortnight; we let you down there. I have booked a technician for Thursday.';
    expect(severityOf(reply, 'you-should-have')).toBe('hint');
  });

  it('softens it when the next sentence owns the fault', () => {
    const reply = 'You should have had an engineer out within a fortnight. That was our mistake, and I have booked a technician for Thursday.';
    expect(severityOf(reply, 'you-should-have')).toBe('hint');
  });

  it.each([
    'You should have had an engineer out within a fortnight. We apologise for any inconvenience.',
    'You should have read the leaflet before setting the traps. We apologise for any inconvenience.',
    'You should have kept the pets away from the boxes. Sorry for the trouble.',
  ])('keeps the reproach with only a stock apology: %s', (reply) => {
    expect(['warning', 'suggestion']).toContain(severityOf(reply, 'you-should-have'));
  });
});

describe('a move to private messages after the agent said what they will do', () => {
  it('softens when the agent has just said what they will do there', () => {
    const reply = '@dora_k Sorry about that, Dora. I can check the visit notes and book you a free follow-up. Just DM us! ^KT';
    expect(severityOf(reply, 'sent-to-a-channel', 'social')).toBe('hint');
  });

  it.each([
    '@dora_k Sorry about the surprise. Just DM us! ^KT',
    // The line before promises only a vague look, itself flagged: it vouches for nothing.
    '@dora_k Sorry about that, Dora. We will look into it in due course. Just DM us! ^KT',
    "@dora_k Sorry about that, Dora. I can't do anything from here. Just DM us! ^KT",
  ])('keeps the hand-off when nothing is offered: %s', (reply) => {
    expect(['warning', 'suggestion']).toContain(severityOf(reply, 'sent-to-a-channel', 'social'));
  });
});

describe('"this is normal" turned toward taking it seriously', () => {
  it('softens when the same sentence turns to it being worth a look', () => {
    const reply = "Stiffness is common in the first few days, but after a fortnight it's worth a proper look. I've booked you in with Sam on Monday at 10.";
    expect(severityOf(reply, 'waved-away-as-normal')).toBe('hint');
  });

  it.each([
    'Stiffness is common in the first few days. It will settle on its own.',
    'Stiffness is common in the first few days, but you will just have to wait it out.',
  ])('keeps the brush-off: %s', (reply) => {
    expect(['warning', 'suggestion']).toContain(severityOf(reply, 'waved-away-as-normal'));
  });
});

describe('the word shapes', () => {
  it('reads a turn toward acting, not a turn toward waiting', () => {
    expect(turnedSerious("days, but it shouldn't last a week, so I'll call you.")).toBe(true);
    expect(turnedSerious('days, but we will look at it tomorrow.')).toBe(true);
    expect(turnedSerious('days, but you will have to wait.')).toBe(false);
    expect(turnedSerious('days, but we will not refund it.')).toBe(false);
    // A refusal after the turn is no turn toward acting (review 41).
    expect(turnedSerious("days, but we can't do anything about it.")).toBe(false);
    expect(turnedSerious('days, but I cannot change that.')).toBe(false);
    expect(turnedSerious("days, but we'll never know why.")).toBe(false);
  });

  it('reads a consequence of the thing itself as a reason, a sanction as none', () => {
    expect(requirementReasoned("Keep the lid shut, or the seal won't hold.", false)).toBe(true);
    expect(requirementReasoned('Keep the lid shut, or your claim will be rejected.', false)).toBe(false);
    expect(requirementReasoned('Pay by Friday to avoid a late fee, because the system closes then.', true)).toBe(false);
  });

  it('reads our own fault only in the first person', () => {
    expect(ownsFault("That's our mistake, not anything you did.")).toBe(true);
    expect(ownsFault('We should have warned you about the step.')).toBe(true);
    expect(ownsFault('We apologise for any inconvenience caused.')).toBe(false);
    expect(ownsFault('You should have warned us.')).toBe(false);
  });

  it('reads a promise with a deed, not a refusal', () => {
    expect(promisesOwnDeed("I'll refund the two days today.")).toBe(true);
    expect(promisesOwnDeed("I can't refund those days.")).toBe(false);
    expect(promisesOwnDeed('We will not look at this again.')).toBe(false);
    // "cannot" in one word is a refusal too (review 41).
    expect(promisesOwnDeed('I cannot help with that here.')).toBe(false);
    expect(promisesOwnDeed('We cannot refund the fee.')).toBe(false);
  });
});

describe('a no with its reason, and a way forward told in new words', () => {
  const noCustomer = 'Can you cover my hotel? The crossing was cancelled.';
  const severityIn = (body: string, ruleId: string) =>
    analyzer
      .analyze(`Hello Mr Ruiz,\n\n${body}\n\nRegards,\nAoife`, { customerMessage: noCustomer })
      .findings.flatMap((f) => (f.merged ?? [f]).map((m) => ({ ruleId: m.ruleId, severity: f.severity })))
      .find((f) => f.ruleId === ruleId)?.severity;

  it.each([
    ["We can't pay for the hotel, because the storm stopped every sailing that night. What I have done is move you to the first sailing tomorrow.", 'we-are-unable-to'],
    ["The treatment isn't covered, because the limp started before the policy did. Two things may help.", 'not-permitted'],
    ["Bikes can't be stored in the units, because the insurer won't cover them. My colleague Ines on the desk is happy to show you the bike racks.", 'not-permitted'],
  ])('excuses: %s', (body, ruleId) => {
    // A hint beside another rule's warning elsewhere in the reply; here nothing else is cold, so no card (session 49).
    expect(severityIn(body, ruleId)).toBeUndefined();
    expect(severityIn(`${body} The ferry office opens at nine. As I said before, claims close at six.`, ruleId)).toBe('hint');
  });

  it.each([
    // The "way forward" is a vague promise flagged itself.
    ["We can't pay for the hotel, because the storm stopped every sailing that night. We will look into it in due course.", 'we-are-unable-to'],
    ["Bikes can't be stored in the units, because the insurer won't cover them. My colleague is not happy to discuss it.", 'not-permitted'],
    ["We can't refund the kit: the seal on the box was broken. I would like to remind you of our terms.", 'we-are-unable-to'],
  ])('keeps the no: %s', (body, ruleId) => {
    expect(['warning', 'suggestion']).toContain(severityIn(body, ruleId));
  });
});
