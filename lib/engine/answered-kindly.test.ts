import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';

const analyzer = createAnalyzer(defaultPack);
const WHOLE = new Set(['greeting-missing', 'next-step-missing', 'acknowledgement-missing', 'wall-of-text', 'learned-cold-sentence']);
/** The phrase rules' findings (whole-reply checks and the learned check left out: they are not what this layer excuses). */
const flagged = (text: string, customerMessage?: string) =>
  analyzer.analyze(text, { customerMessage }).findings.flatMap((f) => (f.merged ?? [f]).map((m) => m.ruleId)).filter((id) => !WHOLE.has(id));

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
    expect(flagged(reply, customer).filter((id) => ['simply-just-do', 'kindly', 'please-note'].includes(id))).toEqual([]);
  });

  const cold: [string, string, string][] = [
    ['How do I reset the hub?', 'You need to read the FAQ before contacting us.', 'you-need-to'],
    ['How do I reset the hub?', 'You need to check the manual next time before raising a ticket.', 'you-need-to'],
    ['Can I change my order?', 'You should have checked the basket before paying.', 'you-should-have'],
  ];
  it.each(cold)('keeps a lecture flagged: %s → %s', (customer, reply, rule) => {
    expect(flagged(reply, customer)).toContain(rule);
  });

  it('keeps the order flagged when nobody asked how', () => {
    expect(flagged('You need to send the form back by Friday.', 'My boiler broke again and nobody has come.')).toContain('you-need-to');
  });
});

describe('a no with its reason and a way forward is a kind no, not a flat refusal (group 2)', () => {
  const kind: [string, string][] = [
    ["We can't refund opened software, because the key is used once it's activated. What I can do is swap it for another title of the same price.", 'we-are-unable-to'],
    ["Unfortunately we can't serve the under-18s any wine, as our licence depends on it. The good news is we do a lovely alcohol-free fizz for the toast.", 'we-are-unable-to'],
    ["Sorry, we don't deliver on Sundays as the drivers are off. I've booked you the first slot on Monday morning instead.", 'we-dont-offer'],
    ["Our hydrotherapy rules only allow patients in the pool, so I can't let your partner into the water. He's very welcome to sit on the bench beside you the whole time.", 'we-are-unable-to'],
    ["I'm afraid the lifetime licence can't be refunded, since the fee is set nationally. I've added a free month to your other plan.", 'will-not-be-processed'],
  ];
  it.each(kind)('%s', (reply, rule) => {
    expect(flagged(reply, 'Can I get that?')).not.toContain(rule);
  });

  const flat: [string, string][] = [
    ["We can't refund. Policy.", 'we-are-unable-to'],
    ["We are unable to refund opened software. Please read our terms.", 'we-are-unable-to'],
    ["Sorry, we can't refund it. That's our policy.", 'we-are-unable-to'],
    ["We don't deliver on Sundays, because the drivers are off.", 'we-dont-offer'],
  ];
  it.each(flat)('stays flagged: %s', (reply, rule) => {
    expect(flagged(reply, 'Can I get a refund?')).toContain(rule);
  });
});

describe('a wait already acted on, and good news in the rulebook words (the single over-firings, by family)', () => {
  it('a wait beside what the agent has already done', () => {
    expect(flagged("Refunds take 3 days, and I've already started yours.", 'When will I get my refund?')).not.toContain('please-allow-time');
    expect(flagged('Please allow up to 10 working days for the refund to reach you.', 'When will I get my refund?')).toContain('please-allow-time');
    expect(flagged('Refunds take 3 days.', 'When will I get my refund?')).toContain('please-allow-time');
  });

  it('good news told in the words of the small print', () => {
    expect(flagged('The plan, which you accepted, covers it — good news!', 'Is my screen covered?')).not.toContain('you-agreed-to');
    expect(flagged("Note that fair wear and tear is covered, so you're fine.", 'Is a worn strap covered?')).not.toContain('please-note');
    expect(flagged("It's in the contract you signed.", 'Is my screen covered?')).toContain('you-agreed-to');
    expect(flagged('The plan, which you accepted, sets out that drops are not covered.', 'Is my screen covered?')).toContain('you-agreed-to');
  });
});
