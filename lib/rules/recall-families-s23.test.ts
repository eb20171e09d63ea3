/**
 * Session 23 (issue #10, held-out recall on interaction, plain-language and respect): each family widened by grammar is
 * tested on its rule alone, with paraphrases written here (not from dev-extra-cj, a check batch or held-out data) and
 * near misses, several of them sentences of warm dev replies that must stay quiet. Every flag here was missed by the
 * rule before this session.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';

const ruleNamed = (id: string) => {
  const rule = defaultPack.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return createAnalyzer([{ ...rule, enabled: true }]);
};
const flags = (id: string, text: string) => ruleNamed(id).analyze(text).findings.some((f) => (f.merged ?? [f]).some((m) => m.ruleId === id));

type FamilyCase = [family: string, rule: string, flag: string[], pass: string[]];
const cases: FamilyCase[] = [
  ['a contact order to us and nothing more', 'sent-to-a-channel',
    ['DM us.', 'Pls message the team for a refund.', 'Kindly inbox us.', 'Shoot us an email.'],
    // Warm dev replies: the contact order beside what the agent will do, or as a fallback.
    ['DM us and we can look at cheaper options together.', "DM us your player ID and we'll restore it today.",
      "Please DM us your file reference and we'll trace it now and call you with an update by 6pm.", "DM us if it's not back by then."]],
  ['a topic fronted, then the errand', 'sent-to-a-channel',
    ['For lost property please visit the station office.', 'For anything else head to the members area.', 'For parts questions go through the dealer directly.', 'For setup tips visit help.example.com.'],
    ['For the refund, I have already sent it to your card.', 'For Saturday, I have booked you the 10am slot.']],
  ['an errand done through a channel', 'sent-to-a-channel',
    ['Raise it with the courier via their website.', 'If it happens again log a fault via the tenant hub.', 'You could request a callback through the patient portal.'],
    ["I've logged a fault via the tenant hub for you, and the engineer comes Tuesday.", 'Your parcel is on its way via the Leeds depot.']],
  ['where the answer lives instead of the answer', 'sent-to-a-channel',
    ['Timetable on the club website.', 'Opening times are on the calendar on our site.', "There's a reel on our Instagram page.", 'Term dates are published on the school website.'],
    ['The calendar is on the fridge.', "I'll post the dates on our site tonight and text you the link."]],
  ['the telling put in their face: emphatic did or does', 'i-already-told-you',
    ['We did mention on the phone that the fee applies.', 'The booking email does state the start time.'],
    ['We did manage to rebook you for Friday.', 'Two tablets left is cutting it close, so this was the first thing I did this morning.']],
  ['the telling put in their face: a paper that made it clear, the rulebook as the answer', 'i-already-told-you',
    ['The welcome leaflet made it clear that dogs are not allowed.', "Shin pads are compulsory, that's in the rules.", 'The deposit terms are explained at checkout.'],
    ["The code is printed on the back of the card, and I've pasted it below for you too.", 'It is in the post today.']],
  ['talking down by comparison', 'talks-down',
    ['Tyres lose pressure in the cold, as any mechanic will tell you.', 'It takes weeks, not days, as some buyers assume.', 'Owners do it all the time.'],
    // Warm dev reply: "all the time" as reassurance.
    ["Don't worry at all — pieces go missing all the time with little ones, and there's no charge.", 'Every order ships with a tracked label.']],
  ['a shrug at the nature of the thing', 'talks-down',
    ["Mud on the trails? That's autumn for you.", 'Some fading goes with the territory with linen.', "It's a vintage car, after all.", 'Honestly this is Gardening 101.'],
    ["I'm sorry – that's frustrating after all that waiting.", "Of course — sorry the Atlantic didn't play ball for you."]],
  ['the order for next time by its time word', 'lecturing-order',
    ['Going forward book through the app.', 'Check the weather warnings before setting out in future.', "You'll want to bring a spare battery next time."],
    ["I've added a £5 credit to your account for next time, and I've passed the route on to the rider team.",
      "I've also added a note to your account that you'd prefer us to contact you in writing, so you won't get calls from us in future."]],
  ['a standard, a statute or a clause cited by its code', 'internal-codes',
    ['The railings were built per BS 6180.', 'The frames are fitted per FENSA guidance.', 'The charge is set under the HMA 1985.', 'Damage is excluded per the hire agreement sec 7.', 'Our crew acted per protocol.'],
    ["There's a £10 per stay cleaning fee, and a dog wash station by the shower block for muddy paws.", 'Tickets are £3 per child (under 3s free), and pumpkins are paid for by weight at the barn.']],
  ['"revert" as reply, by a person with a time', 'revert-back',
    ['Our claims officer will revert within 3 working days.', 'I will ask the warehouse and revert.'],
    ['Your plan will revert to the standard rate in June.', 'The settings will revert after a restart.']],
];

describe('recall families widened by grammar (issue #10, session 23)', () => {
  it.each(cases)('%s: %s', (_family, rule, flag, pass) => {
    for (const text of flag) expect(flags(rule, text), text).toBe(true);
    for (const text of pass) expect(flags(rule, text), text).toBe(false);
  });
});
