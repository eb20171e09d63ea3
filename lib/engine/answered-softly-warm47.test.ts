/**
 * An upset customer's own how/what question answered with their step ("You'll need to…"), the agent going through it
 * beside them in the same reply ("Want me to stay on while you try?", "send me the photos and I'll check them"): the
 * step is their part of a plan the agent shares, so the card is a hint, not a warning (session 47). With no offer of
 * the agent's own, with a refusal or a lecture beside it, or where the customer asked nothing, the warning stays.
 * Messages and replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';
import { agentGoesWithThem } from './answered-softly';

const analyzer = createAnalyzer(defaultPack);
/** The you-need-to card's own severity, also where it shares a card with the acknowledgement (`merged`). */
const severity = (customerMessage: string, text: string) =>
  analyzer
    .analyze(text, { channel: 'chat', customerMessage })
    .findings.flatMap((f) => [f, ...(f.merged ?? [])])
    .find((f) => f.ruleId === 'you-need-to')?.severity;

const LOCKED_OUT = "This is so annoying, I've been locked out of the app twice today. How do I get back in?";
const BOILER = "I'm really worried, the boiler pressure keeps dropping and it's freezing here. What should I do?";
const PARCEL = 'Honestly fed up now, the parcel came back to you again. How can I get it redelivered?';
const CLAIM = "I'm so stressed about this claim, I don't understand it at all. What do I need to send?";

describe('an upset customer answered with their step and the agent beside them', () => {
  it.each([
    [LOCKED_OUT, "You'll need to reset your password from the sign-in page first. Want me to stay on the chat while you do it?"],
    [LOCKED_OUT, "You'll need to tap Forgot password and follow the link we email you. I'll keep this chat open until you're in."],
    [BOILER, "You'll need to top the pressure up to 1.5 bar with the filling loop under the boiler. Would you like me to book an engineer for tomorrow as well?"],
    [BOILER, "You'll have to open the grey valve under the boiler slowly until the needle reaches 1.5. Shall I ring you in ten minutes to check it held?"],
    [PARCEL, "You'll need to pick a new delivery day on the tracking page. I've already asked the depot to keep it for you."],
    [PARCEL, "You need to choose a safe place on the tracking page. I'll watch the parcel and message you when it's out for delivery."],
    [CLAIM, "You'll need to send the repair invoice and two photos of the damage. If you email them to me, I'll check them before they go to the assessor."],
    [CLAIM, "You'll need to fill in section B only. I can go through the form with you on the phone if that helps."],
  ])('softens "%s" answered "%s"', (message, text) => {
    expect(severity(message, text)).toBe('hint');
  });
});

describe('the warning stays', () => {
  it.each([
    // No offer of the agent's own.
    [LOCKED_OUT, "You'll need to reset your password from the sign-in page first."],
    [BOILER, 'You need to top the pressure up with the filling loop under the boiler.'],
    [CLAIM, "You'll need to send the repair invoice and two photos of the damage."],
    // The offer is a deed against them or a no.
    [PARCEL, "You need to choose a new day on the tracking page. I'll close this chat now."],
    [PARCEL, "You need to choose a new day on the tracking page. We can't redeliver it ourselves."],
    // The customer asked nothing: the step is an order, offer or not.
    ["This is so annoying, I've been locked out of the app twice today.", "You'll need to reset your password. Want me to stay on while you do it?"],
  ])('keeps "%s" answered "%s"', (message, text) => {
    expect(severity(message, text)).toBe('warning');
  });
});

describe('a lecture beside the step', () => {
  it.each([
    [LOCKED_OUT, "You should have read the email we sent. You'll need to reset your password. Want me to stay on while you do it?"],
    [CLAIM, "As I explained before, you need to send the invoice. I'll check it when it arrives."],
  ])('softens nothing in "%s" answered "%s"', (message, text) => {
    const findings = analyzer.analyze(text, { channel: 'chat', customerMessage: message }).findings;
    expect(findings.some((f) => f.severity === 'warning')).toBe(true);
    expect(severity(message, text)).not.toBe('hint');
  });
});

describe('agentGoesWithThem', () => {
  it('reads an offer or a deed of the agent in any sentence', () => {
    expect(agentGoesWithThem('How do I?', [{ text: 'Tap Settings.' }, { text: 'Want me to stay on while you try?' }])).toBe(true);
    expect(agentGoesWithThem('How do I?', [{ text: "I've sent you the link." }])).toBe(true);
  });
  it('needs a customer message and an offer that is no no and no deed against them', () => {
    expect(agentGoesWithThem(undefined, [{ text: "I'll stay on the chat." }])).toBe(false);
    expect(agentGoesWithThem('How do I?', [{ text: "I've attached our returns policy." }])).toBe(false);
    expect(agentGoesWithThem('How do I?', [{ text: "We can't send another one." }])).toBe(false);
  });
});

describe('a deed that only files, passes on or points away is no hand beside them (review47)', () => {
  it.each([
    "You'll need to reset your password from the sign-in page. I'll log this with the team.",
    "You'll need to reset your password from the sign-in page. I've passed your comments on.",
    "You'll need to reset your password from the sign-in page. I'll transfer you to another team.",
    "You'll need to reset your password from the sign-in page. I'll leave that with you.",
    "You'll need to reset your password from the sign-in page. I'll add a note to your account.",
    "You'll need to reset your password from the sign-in page. I will monitor your account for misuse.",
    "You'll need to reset your password from the sign-in page. I've sent you a link to the help centre.",
    "You'll need to reset your password from the sign-in page. I've emailed you the link to our terms of use.",
  ])('keeps the warning on "%s"', (text) => {
    expect(severity(LOCKED_OUT, text)).toBe('warning');
  });

  it('still softens where the same sentence goes on to the agent\'s own hand', () => {
    expect(severity(LOCKED_OUT, "You'll need to reset your password from the sign-in page. I've logged it and I'll call you back in ten minutes to check you're in.")).toBe('hint');
  });
});
