/**
 * A reply that takes up the feeling the customer named, in its own words ("Plenty of first-timers feel nervous, and
 * that's fine"), has met it: no acknowledgement card. Denied or waved away ("no need to be nervous", "don't panic"),
 * or beside a reply that stands its ground, the card stays. Messages and replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { readMood } from '../mood';
import { feelingStems, saysTheirFeelingBack } from './feeling-said-back';

const analyzer = createAnalyzer(defaultPack);
const card = (customerMessage: string, text: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings')?.severity;
const reply = (line: string, rest = "We'll have a spare wetsuit in her size ready at the hut.") => `Hi Dana,\n\n${line} ${rest}\n\nSee you Sunday,\nMo`;

const NERVOUS = 'My son is really nervous about his first surf lesson on Sunday. What should he bring?';
const PANICKING = "I'm panicking a bit, the hall hasn't confirmed our booking for Saturday's party and I've sent the deposit.";
const SCARED = "I'm scared to use the heater again after it sparked last night.";
// review46: waved away before or after the word, a sentence adverb, a look-alike word.
const UPSET = "I'm really upset, the invoice is wrong for the third time.";
const STRESSED = "I'm so stressed, the invoice is wrong for the third time.";
const SAD = "I'm so sad, the vase my gran left me arrived in pieces.";
const ANXIOUS = "I'm anxious, my card was charged twice for one order.";

describe('the customer feeling taken up in the reply', () => {
  it.each([
    [NERVOUS, 'Plenty of first-timers feel nervous, and that is completely fine.'],
    [NERVOUS, 'Being a little nervous before the first lesson is normal, and our instructors are used to it.'],
    [NERVOUS, 'Nerves before a first lesson are very common; he will be in the shallows the whole time.'],
    [PANICKING, 'Panicking with a party three days away makes total sense, so I checked straight away.'],
    [PANICKING, 'I would be panicking too with the deposit gone and no word back.'],
    [SCARED, 'It makes sense that you feel scared after seeing it spark.'],
    [SCARED, "Being scared of it now is completely understandable; please leave it unplugged."],
    [SCARED, 'After a spark, anyone would be scared to switch it on.'],
    [UPSET, "You have every right to be upset, and I've asked billing to fix it today."],
    [STRESSED, 'I can hear how stressed you are, and billing will fix it this week.'],
    [SAD, 'I can only imagine how sad it was to open that box.'],
  ])('meets %s with "%s"', (message, line) => {
    expect(card(message, reply(line))).toBeUndefined();
  });

  it.each([
    [NERVOUS, 'There is no need to be nervous.'],
    [NERVOUS, "Don't be nervous, it's only surfing."],
    [PANICKING, "There's really no reason to panic."],
    [PANICKING, 'Please stop panicking.'],
    [SCARED, "You shouldn't be scared of a heater."],
    [NERVOUS, 'Bring a towel and sun cream.'],
    [NERVOUS, "If he's still nervous on the day, tell the instructor."],
    [NERVOUS, 'Is he still nervous about it?'],
    [UPSET, 'Getting upset will not fix the invoice, so I have asked billing to look at it.'],
    [UPSET, "There's no point getting upset, billing will look at it."],
    [STRESSED, 'No stress, billing will look at it this week.'],
    [STRESSED, "Stressing about it won't change the date, billing will look at it this week."],
    [SAD, 'Sadly, breakages can happen in transit.'],
    [SCARED, 'That heater model is scarce now.'],
    [NERVOUS, 'He seems nervous about nothing, it is only a lesson.'],
    [PANICKING, 'Panicking about it now is pointless.'],
    [SCARED, 'You are needlessly scared of a heater.'],
    [UPSET, 'Being upset about a small rip seems a bit much.'],
    // The sentence a cold rule flags takes nothing up: the customer made responsible.
    [ANXIOUS, 'Anxious customers should read our FAQ.'],
  ])('still asks for an acknowledgement on %s with "%s"', (message, line) => {
    expect(card(message, reply(line))).toBeDefined();
  });

  it('keeps the card when the reply stands its ground elsewhere', () => {
    expect(card(SCARED, reply('Lots of people get scared after a spark.', 'This is not covered by the warranty and we cannot replace it.'))).toBeDefined();
  });

  it('reads feeling words only, by stem, and never a tear in a seam', () => {
    const stems = feelingStems(readMood(PANICKING)!.evidence);
    expect(stems).toContain('panic');
    expect(saysTheirFeelingBack('No wonder you panicked.', stems)).toBe(true);
    expect(saysTheirFeelingBack('The booking is confirmed.', stems)).toBe(false);
    expect(saysTheirFeelingBack('No need to panic, these things happen.', stems)).toBe(false);
    expect(saysTheirFeelingBack('There is no reason for you to panic.', stems)).toBe(false);
    expect(feelingStems(readMood("We're in tears, the dress has a tear along the seam and the wedding is Friday.")!.evidence)).not.toContain('tear');
  });
});

const WORRY_ASKED = 'Our puppy has been sleeping most of the day since her jab this morning. Should I be worried?';
const SAFE_ASKED = 'The smoke alarm chirped once after I changed the battery. Is it safe to leave it like that?';

describe('a worry shown only by its question, met by the answer', () => {
  it.each([
    [WORRY_ASKED, 'Sleeping a lot on the day of a jab is very common, and she should be back to herself by tomorrow.'],
    [WORRY_ASKED, "That's completely normal after a vaccination; keep water near her bed."],
    [SAFE_ASKED, "Yes, it's perfectly safe: a single chirp after a new battery is the alarm resetting."],
    [SAFE_ASKED, 'There is nothing to worry about, one chirp just means it has reset.'],
    [WORRY_ASKED, "Drowsiness is to be expected after a first jab, so let her sleep."],
    [WORRY_ASKED, "It's fine for a puppy to sleep it off on the day."],
  ])('meets %s with "%s"', (message, line) => {
    expect(card(message, reply(line, 'Give us a ring if anything changes.'))).toBeUndefined();
  });

  it.each([
    [WORRY_ASKED, "It's not normal for a puppy to sleep all day.", 'Please bring her in this afternoon.'],
    [SAFE_ASKED, "It isn't safe to leave it, so please swap the alarm.", 'Give us a ring if anything changes.'],
    [WORRY_ASKED, 'Keep water near her bed.', 'Give us a ring if anything changes.'],
    // review46: "fine" and "expected" about an arrangement or an arrival, not about what they asked.
    [WORRY_ASKED, 'Any weekday is fine for the check-up.', 'Give us a ring if anything changes.'],
    [WORRY_ASKED, 'The next batch of the vaccine is expected on Friday.', 'Give us a ring if anything changes.'],
    ["I'm really frightened, our puppy has been sleeping all day since her jab. Is that normal?", "That's completely normal after a vaccination.", 'Give us a ring if anything changes.'],
  ])('still asks on %s with "%s"', (message, line, rest) => {
    expect(card(message, reply(line, rest))).toBeDefined();
  });
});
