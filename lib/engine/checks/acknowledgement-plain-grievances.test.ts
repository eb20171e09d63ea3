/**
 * Grievances told as plain facts that the mood reader's cue words miss, read by shape (grievance.ts): a fault or wait
 * that has gone on ("has been pending for a month", "500 errors all morning"), what came or was done not being what was
 * paid for ("charged after I froze my membership", "arrived dead", "your update deleted my notes"), a "why" about
 * something done to them, contractions included ("Why haven't I been given my results?"). The calm questions beside
 * them draw nothing.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const acknowledgementOf = (text: string, customerMessage: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings');
const FACTS_ONLY = 'Hello,\n\nThe case is with the team that handles it and the details are on your account page.\n\nRegards,\nSupport';

describe('a grievance in plain facts is owed a line', () => {
  it.each([
    ['a state that has lasted', 'My transcript request has been pending for a month.'],
    ['a thing kept for weeks', "My car's been at the garage for 3 weeks waiting for your approval."],
    ['a count of days', "It's been three days and the bin is still there."],
    ['weeks ago and nothing', 'I returned the jacket three weeks ago and have no refund.'],
    ['a fault all morning', 'The API has returned 500 errors all morning.'],
    ['a fault every night', 'My backup failed three nights in a row.'],
    ['a fault since a time', 'Our SSO login has been failing for the whole team since this morning.'],
    ['still wrong after a repair', 'My phone screen is still flickering after your repair.'],
    ['getting worse', 'The damp in my flat is getting worse.'],
    ['a wait counted', 'Waited 25 minutes for a coffee.'],
    ['charged after freezing', 'The gym charged me after I froze my membership.'],
    ['charged twice', 'My invoice shows VAT twice.'],
    ['charged for a failure', 'My recharge failed but money was deducted.'],
    ['arrived dead', 'The plants I ordered arrived dead.'],
    ['what was sent is wrong', 'We were sent 50 boxes of pens instead of 5.'],
    ['what we sent does not fit', 'The brake pads you sent don\'t fit my car.'],
    ['our update deleted their work', 'Your update deleted my saved templates.'],
    ['for no reason', 'My parcel was returned to sender for no reason.'],
    ['a promise not kept', 'I was told my refund would arrive last week. Nothing yet.'],
    ['still sent after cancelling', "I cancelled my subscription but I'm still getting magazines."],
    ['cancelled on the day', 'The sofa delivery was cancelled on the day.'],
    ['paid for and cannot use', "I can't access the course I paid for."],
    ['a lost ability', "i can't invite my team anymore"],
    ['a why with a contraction', "Why haven't I been given my exam results?"],
    ['a why without its question mark', 'why is my card declined'],
    ['a why about a rise', 'Why did my bill go up?'],
  ])('%s', (_name, customer) => {
    expect(acknowledgementOf(FACTS_ONLY, customer)).toBeDefined();
  });

  it.each([
    ['a size they chose', "The shoes don't fit. How do I return them?"],
    ['a friend who cannot come', "Can I change the name on my ticket? My friend can't go anymore."],
    ['a loyal customer', "I've been a member for 9 years, can I add my partner?"],
    ['a question about a date', 'Can you tell me when the sale ends?'],
    ['a plain why', 'Why does the app need my location?'],
    ['no longer needed', "I don't need the account anymore, please close it."],
    ['the term of a plan', 'How long does my plan run for?'],
  ])('draws nothing for %s', (_name, customer) => {
    expect(acknowledgementOf(FACTS_ONLY, customer)).toBeUndefined();
  });
});

describe('a fix does not undo a fault lived with for a span, nor a run of failures', () => {
  it('asks for the line when a long outage is fixed without a word for it', () => {
    const finding = acknowledgementOf(
      "Hello Ana,\n\nThe outage was caused by a failed database node. It was restored at 10:42 and your site is loading normally.\n\nRegards,\nHosting",
      'Our website has been down since 6am.',
    );
    expect(finding).toBeDefined();
  });
  it('asks for the line after three failures in a row, fixed', () => {
    const finding = acknowledgementOf(
      "Hi Jo,\n\nI've ordered the oak legs for you, they'll arrive on Friday.\n\nBest,\nFurniture",
      'First the delivery was a day late, then it came without the legs, and now the legs you sent are the wrong colour.',
    );
    expect(finding).toBeDefined();
  });
  it('takes a single fault put right as met', () => {
    const finding = acknowledgementOf("Hi Jo,\n\nI've sent the missing legs; they'll arrive on Friday.\n\nBest,\nFurniture", 'The table came without the legs.');
    expect(finding).toBeUndefined();
  });
});
