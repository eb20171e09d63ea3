/**
 * Session 23's families of warm false alarms (issue #10), read on dev-extra-ci (voices from India, Nigeria, the
 * Philippines, Scotland, South Africa and the US South, non-native writers, kind bureaucrats, claims handlers) and
 * written again here in other words. Each warm form must pass; beside it, the cold form of the same habit must still
 * flag, so no exemption lets a rule's worst form through. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string) =>
  analyzer.analyze(text).findings.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);

const families: { rule: string; warm: string[]; cold: string[] }[] = [
  {
    // "Kindly" with the agent's own promise, with what the customer gets, or with what the step protects them from.
    rule: 'kindly',
    warm: [
      'Kindly send me the chassis number, and I will renew the policy within the hour.',
      "Kindly confirm the new address; I'll change it on all three orders today.",
      'Kindly switch the geyser off at the board so the element does not burn out overnight.',
      'Kindly stand by the pharmacy entrance so our rider can find you.',
      'Kindly pay at the counter with the slip and your refund will be released at once.',
      'Kindly power the modem off and on, and the line will come back within five minutes.',
    ],
    cold: [
      'Kindly revert with the requested documents.',
      'Kindly provide your account number so the complaint can be processed.',
      'Kindly reply within 48 hours and the case will be closed.',
      'Kindly contact the branch manager and they will advise.',
      // The form letter's promise in the institution's voice, and a form processed, are no help of the agent's own.
      // (Kept here rather than in the rule's paraphrases: the rule's "Could you…?" cannot yet end before the joined
      // clause, so the engine offers these as advice only.)
      'Kindly provide your order number and we will look into this.',
      'Kindly provide the documents and your request will be processed.',
      'Kindly send the documents so the matter can be reviewed.',
    ],
  },
  {
    // "Please note" that hands over good news, the agent's own promise or a reason that helps them.
    rule: 'please-note',
    warm: [
      'Please note that the callout and the parts are both covered under your plan, so you will not be charged.',
      "Please note that the late fee won't affect your credit file.",
      "Please note we've moved your route to the morning van, so this shouldn't happen again.",
      'Please note the ferry leaves at 7, but our driver will still meet you at the pier if it runs late.',
      'Please note that the lab is closed on Monday, and I will call you on Tuesday with the result.',
    ],
    cold: [
      'Please note that the deposit is non-refundable.',
      'Please note that we will close this ticket in 24 hours.',
      'Please note that the late fee will still apply.',
    ],
  },
  {
    // "You'll need to…" with its reason further on, or beside a deed already done for them.
    rule: 'you-need-to',
    warm: [
      "You'll need to bring the dog's vaccination card and a lead, ideally a short one, so that our vet can check him quickly.",
      "You'll need to keep the fuel receipts, as these can be added to your claim.",
      "You'll need to keep the meter cupboard clear on the day, as damp cables can't be tested safely.",
      "You'll need to tell the landlord about the leak — I've written a short letter you can send him.",
      'To get the grant, you will need to use a listed installer (we are one) and register the system within 30 days, because the council only pays on registered systems.',
    ],
    cold: [
      'You need to send the signed form.',
      'You will need to bring your passport, as well as the booking letter.',
      'You will need to resubmit the application, as per our policy.',
    ],
  },
];

describe('s23: warm forms of habits pass, the cold forms beside them still flag', () => {
  for (const { rule, warm, cold } of families) {
    it.each(warm)(`${rule} leaves the warm form alone: %s`, (text) => {
      expect(ruleIds(text)).not.toContain(rule);
    });
    it.each(cold)(`${rule} still flags: %s`, (text) => {
      expect(ruleIds(text)).toContain(rule);
    });
  }
});

describe('s23: single false alarms of the same kinds, each a shape', () => {
  it.each([
    // A no followed at once by what still happens.
    ['will-not-be-processed', "The first night can't be refunded this close to arrival. But rather than lose it, I've moved it to the end of your stay."],
    ['we-are-unable-to', "We can't add a second angler to your permit. The good news is that a junior permit is £10 and there's one left on Sunday."],
    // The other party has been asked and is due by a date.
    ['not-my-department', 'The meter reading is carried out by the network operator; they have been asked for it and are due to reply by 12 June.'],
    // We are the ones who deal with the third party.
    ['contact-them-directly', "We'll deal with the clinic directly, so there's nothing for you to pay."],
    // A timetable, not a rule.
    ['rulebook-voice', 'Warehouse tours are held on the first Friday of each month, and the next one is 4 July.'],
    // "In good time" as early enough, about the customer's own step.
    ['in-due-course', 'Because you renewed in good time, there is no gap in your cover.'],
    // The wait is on the customer's own form coming back to us.
    ['wait-without-a-time', "I've attached the entry form; once it's back with us, you're on the start list."],
    // A binding decision told ahead as the reason to prepare well.
    ['final-say', "The adjudicator's decision is binding on both sides, which is why it's worth sending every receipt you have."],
    // Praise passed on to the colleague it was for.
    ['left-with-another-team', "Thanks so much for writing in — I've passed your message on to Priya at the front desk, and it's made her week."],
    // What can happen, with the limit past which it is not normal.
    ['waved-away-as-normal', "Headaches can happen with new lenses, but they shouldn't last longer than a week."],
  ])('%s leaves it alone: %s', (rule, text) => {
    expect(ruleIds(text)).not.toContain(rule);
  });

  it.each([
    ['will-not-be-processed', "The first night can't be refunded this close to arrival. Sorry about that."],
    ['we-are-unable-to', "We can't add a second angler to your permit."],
    ['not-my-department', 'The meter reading is carried out by the network operator.'],
    ['contact-them-directly', 'Please deal with the clinic directly.'],
    ['rulebook-voice', 'Refunds are processed within 30 days of receipt.'],
    ['in-due-course', 'Updates will follow in good time.'],
    ['wait-without-a-time', 'We will confirm your place once the form is back with the office.'],
    ['final-say', 'The decision is final.'],
    ['left-with-another-team', "I've passed your message on to the complaints team."],
    ['waved-away-as-normal', 'Headaches can happen with new lenses.'],
  ])('%s still flags the cold form: %s', (rule, text) => {
    expect(ruleIds(text)).toContain(rule);
  });
});
