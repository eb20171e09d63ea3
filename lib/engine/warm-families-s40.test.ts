import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';

/**
 * Session 40 (warm40, issue #10): warm answers from dev-extra-es that rules misread, settled in answered-kindly.ts.
 * Each kind case warns or suggests without the change; each cold twin must still warn or suggest.
 */
const analyzer = createAnalyzer(defaultPack);
const WHOLE = new Set(['greeting-missing', 'next-step-missing', 'acknowledgement-missing', 'wall-of-text', 'learned-cold-sentence']);
const members = (text: string, customerMessage?: string) =>
  analyzer.analyze(text, { customerMessage }).findings
    // A merged member shows at the card's severity unless it kept a stronger one of its own (MergedSpan.severity).
    .flatMap((f) => (f.merged ?? [f]).map((m) => ({ ruleId: m.ruleId, severity: m.severity ?? f.severity })))
    .filter((m) => !WHOLE.has(m.ruleId));
const warned = (text: string, customerMessage?: string) =>
  members(text, customerMessage).filter((m) => m.severity !== 'hint').map((m) => m.ruleId);
const found = (text: string, customerMessage?: string) => members(text, customerMessage).map((m) => m.ruleId);

/** An e-mail with a greeting and sign-off, so the reply's own card rules (a short reply's one card) do not hide members. */
const mail = (body: string) => `Hi Sam,\n\n${body}\n\nBest,\nJo`;

describe('a no whose reason is its own clause, or comes before it with "so", with a way forward', () => {
  const kind: [string, string, string][] = [
    [
      "Third cancellation this month. Will the coach to Skye run on Thursday or not? I've had enough.",
      "I'm sorry, three cancellations is a lot. The operator still has no date for the bridge repairs, so I cannot honestly promise the Thursday coach. I have two options for you: the Friday coach, or a full refund today.",
      'we-are-unable-to',
    ],
    [
      "Ridiculous that I can't bring my six friends to the Saturday tasting. We're regulars!",
      "I'm afraid we can't seat six at the Saturday tasting; the cellar holds twelve and it's two per booking so everybody gets a place. We'd love to host all six of you at a private tasting on Sunday.",
      'we-are-unable-to',
    ],
  ];
  it.each(kind)('%s', (customer, reply, rule) => {
    expect(warned(mail(reply), customer)).not.toContain(rule);
    // Still there as a gentle hint beside a cold line elsewhere in the reply (the reply could lead with what the agent can
    // do); with nothing else cold, no card (session 49, answered-kindly-hint49.test.ts).
    expect(found(mail(reply), customer)).not.toContain(rule);
    expect(found(mail(`${reply} Our office opens at nine. Parking is free. As I said before, bookings close at six.`), customer)).toContain(rule);
  });

  const cold: [string, string][] = [
    // The clause only restates the rule.
    ['We are unable to refund the deposit: that decision is final. I have two options for you: keep the date or lose it.', 'we-are-unable-to'],
    ["We are unable to seat six on Saturdays; those are the rules. We'd love to host you on Sunday.", 'we-are-unable-to'],
    // A reason with no way forward.
    ["I'm afraid we can't seat six at the Saturday tasting; the cellar holds twelve and it's two per booking so everybody gets a place.", 'we-are-unable-to'],
    // A way forward with no reason.
    ['We cannot move your booking. We would love to see you on the original date.', 'we-are-unable-to'],
  ];
  it.each(cold)('stays flagged: %s', (reply, rule) => {
    expect(warned(mail(reply), "Ridiculous that I can't bring my friends. We're regulars!")).toContain(rule);
  });
});

describe('a step that takes up the agent\'s own offer or fallback is how the help arrives', () => {
  const kind: [string, string][] = [
    [
      'My meter keeps showing a blank screen since Monday.',
      'Sorry about that. Kindly press and hold the round button for ten seconds to restart it. If the screen is still blank tomorrow, I will book an engineer to swap it.',
    ],
    [
      'The damp patch on the bedroom wall is back.',
      "Thank you for letting us know. I'm happy to ask the surveyor to look at it this week. Kindly send two or three photos of the patch to this address.",
    ],
  ];
  it.each(kind)('%s', (customer, reply) => {
    expect(warned(mail(reply), customer)).not.toContain('kindly');
    expect(found(mail(reply), customer)).toContain('kindly');
  });

  const cold: [string, string][] = [
    ['My meter keeps showing a blank screen since Monday.', 'Kindly press and hold the round button for ten seconds to restart it.'],
    // A lecture stays a lecture, in the step itself or after it.
    ['The damp patch on the bedroom wall is back.', "Kindly check that the vents are open before calling us. I'm happy to send the leaflet."],
    ['The damp patch on the bedroom wall is back.', "Kindly read the tenancy guide next time. I'm happy to help after that."],
    // Someone else's warning beside the offer: it does not vouch for the step.
    ['The damp patch on the bedroom wall is back.', 'Kindly send the photos. We will look at it in due course.'],
  ];
  it.each(cold)('stays flagged: %s', (customer, reply) => {
    expect(warned(mail(reply), customer)).toContain('kindly');
  });
});

describe('a wait told with its time later in the sentence', () => {
  it('is not a wait without a time', () => {
    const reply = mail("The cable can't go in until the railway survey is done, which Network Rail expect in the autumn. I'll write the day they confirm.");
    expect(found(reply, 'When will fibre reach us? Everyone else has it.')).not.toContain('wait-without-a-time');
  });
  it('keeps the wait with no time flagged', () => {
    const reply = mail("The cable can't go in until the railway survey is done. I'll write the day they confirm.");
    expect(warned(reply, 'When will fibre reach us? Everyone else has it.')).toContain('wait-without-a-time');
    // A time for something else is no time for the wait.
    const other = mail("The cable can't go in until the railway survey is done, which is the usual order. I'll be in touch.");
    expect(warned(other, 'When will fibre reach us? Everyone else has it.')).toContain('wait-without-a-time');
  });
});
