import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';

const analyzer = createAnalyzer(defaultPack);
const WHOLE = new Set(['greeting-missing', 'next-step-missing', 'acknowledgement-missing', 'wall-of-text', 'learned-cold-sentence']);
/** The phrase rules' findings (whole-reply checks and the learned check left out: they are not what this layer excuses). */
const members = (text: string, customerMessage?: string) =>
  analyzer.analyze(text, { customerMessage }).findings
    // A merged member shows at the card's severity unless it kept a stronger one of its own (MergedSpan.severity).
    .flatMap((f) => (f.merged ?? [f]).map((m) => ({ ruleId: m.ruleId, severity: m.severity ?? f.severity })))
    .filter((m) => !WHOLE.has(m.ruleId));
const flagged = (text: string, customerMessage?: string) => members(text, customerMessage).map((m) => m.ruleId);
/** Rules that flag at warning or suggestion: what a warm reply must not get. */
const warned = (text: string, customerMessage?: string) =>
  members(text, customerMessage).filter((m) => m.severity !== 'hint').map((m) => m.ruleId);
/** Rules left as a hint only. */
const hinted = (text: string, customerMessage?: string) =>
  members(text, customerMessage).filter((m) => m.severity === 'hint').map((m) => m.ruleId);

describe('steps the customer asked for are the answer, not bossing (answered-kindly.ts, group 1)', () => {
  const asked: [string, string][] = [
    ['How do I reset the hub?', 'To reset it, go to Settings > System and tap Reset. You need to hold the button down for five seconds.'],

    ['What do I need to bring for my mum to collect her parcel?', "You'll need to bring something with her name and address on it, like a bank letter."],
    ['Do we need to register the new puppy before the first visit?', "Yes please, you'll just need to fill in the short form on our website before Tuesday so the vet has her notes."],
    ['Hi, can I use a clip of the match in my review video?', 'You can, as long as it is short. Note that fair use depends on how much you show, so keep each clip under a minute.'],
    ['Good morning, kindly how can I change my delivery address?', 'Good morning! Kindly log in, go to My Account > Addresses and select Edit. It saves straight away.'],
    ["Is there a way to get the receipt again? Can't find the email", 'Sure, just open the order in your account and click Download receipt.'],
  ];
  it.each(asked)('%s', (customer, reply) => {
    expect(warned(reply, customer).filter((id) => ['simply-just-do', 'kindly', 'please-note'].includes(id))).toEqual([]);
  });

  const cold: [string, string, string][] = [
    ['How do I reset the hub?', 'You need to read the FAQ before contacting us.', 'you-need-to'],
    ['How do I reset the hub?', 'You need to check the manual next time before raising a ticket.', 'you-need-to'],
    ['Can I change my order?', 'You should have checked the basket before paying.', 'you-should-have'],
  ];
  it.each(cold)('keeps a lecture flagged: %s → %s', (customer, reply, rule) => {
    expect(warned(reply, customer)).toContain(rule);
  });

  it('keeps the order flagged when nobody asked how', () => {
    expect(warned('You need to send the form back by Friday.', 'My boiler broke again and nobody has come.')).toContain('you-need-to');
  });
});

describe('a no with its reason and a way forward is a kind no, not a flat refusal (group 2)', () => {
  // Each is flagged at suggestion without this layer (checked when written), so the test fails if the layer stops working.
  const kind: [string, string][] = [
    ["Dogs aren't allowed in the dining room, as the kitchen opens straight onto it. You're very welcome to sit with her on the heated terrace.", 'not-permitted'],
    ["Smoking isn't permitted on the balconies, because the building's insurance forbids it. You're welcome to use the garden shelter by the bike racks.", 'not-permitted'],
    ["Drones aren't allowed over the course on match days, because of the aviation rules. You're very welcome to fly it on the practice ground on Mondays.", 'not-permitted'],
  ];
  it.each(kind)('%s', (reply, rule) => {
    expect(warned(reply, 'Can I get that?')).not.toContain(rule);
    // Still a gentle hint where another line of the reply is warned or suggested about (the reply could lead with what the
    // agent can do); with nothing else cold in the reply, no card (session 49, answered-kindly-hint49.test.ts).
    const beside = `${reply} The terrace opens at nine. As I said before, bookings close at six.`;
    expect(hinted(beside, 'Can I get that?')).toContain(rule);
  });

  const flat: [string, string][] = [
    ["We can't refund. Policy.", 'we-are-unable-to'],
    ["We are unable to refund opened software. Please read our terms.", 'we-are-unable-to'],
    ["Sorry, we can't refund it. That's our policy.", 'we-are-unable-to'],
    ["We don't deliver on Sundays, because the drivers are off.", 'we-dont-offer'],
    // A sorry is no reason and a hand-off to the customer ("You could buy a new one") is no way forward (review39).
    ['Sorry, there is nothing we can do. You could buy a new one.', 'nothing-we-can-do'],
  ];
  it.each(flat)('stays flagged: %s', (reply, rule) => {
    expect(warned(reply, 'Can I get a refund?')).toContain(rule);
  });
});

describe('a wait already acted on, and good news in the rulebook words (the single over-firings, by family)', () => {
  it('a wait beside what the agent has already done', () => {
    expect(flagged("Refunds take 3 days, and I've already started yours.", 'When will I get my refund?')).not.toContain('please-allow-time');
    expect(flagged('Please allow up to 10 working days for the refund to reach you.', 'When will I get my refund?')).toContain('please-allow-time');
    expect(flagged('Refunds take 3 days.', 'When will I get my refund?')).toContain('please-allow-time');
    // A promise to look again only if they chase is nothing done yet.
    expect(flagged("Please allow 10 working days. I'll check again if you chase.", 'When will I get my refund?')).toContain('please-allow-time');
  });

  it('good news told in the words of the small print', () => {
    expect(flagged('The plan, which you accepted, covers it — good news!', 'Is my screen covered?')).not.toContain('you-agreed-to');
    expect(flagged("Note that fair wear and tear is covered, so you're fine.", 'Is a worn strap covered?')).not.toContain('please-note');
    expect(flagged("It's in the contract you signed.", 'Is my screen covered?')).toContain('you-agreed-to');
    expect(flagged('The plan, which you accepted, sets out that drops are not covered.', 'Is my screen covered?')).toContain('you-agreed-to');
  });
});
