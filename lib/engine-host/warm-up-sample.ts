/**
 * What the engine analyses to warm itself up before the agent's first check: built in, never sent
 * anywhere, never shown. V8 compiles a regex on its first use and compromise builds its tagging net on
 * its first tagging, so a warm-up pays for what an agent's real first reply will reach: a greeting and a
 * sign-off, a signature and quoted history, numbered steps, a customer's angry message, the habits of
 * every principle (which reach the rewordings and their safety checks), a chat reply, sympathy and good news.
 * One short step first (the tagger and the phrase rules), then whole replies; each step is its own task
 * in the host, so a check that comes meanwhile waits for one step at most.
 */
import type { AnalyzeOptions } from '../engine/types';

export interface WarmUpStep {
  text: string;
  options?: AnalyzeOptions;
}

const ANGRY_CUSTOMER = "My order still hasn't arrived and nobody answers my emails. This is the third time I'm asking! I want a refund NOW.";

const COLD_EMAIL = [
  'Dear Customer,',
  '',
  'Unfortunately, as per our policy, we cannot issue a refund. You need to contact the courier yourself, obviously.',
  'Your case has been escalated and someone will get back to you in due course.',
  '',
  'To fix it:',
  '1. Restart the router.',
  '2. Clear your cache and try again.',
  '',
  'Kind regards,',
  'Sam Lee',
  'Support Team | Example Ltd | +44 20 7946 0000',
  '',
  '-----Original Message-----',
  'From: Ana Ruiz <ana@example.com>',
  'Sent: 2 May 2025 09:14',
  'Subject: Where is my parcel?',
  '',
  'Where is my parcel?',
].join('\n');

const WARM_EMAIL = [
  'Hi Ana,',
  '',
  "I'm so sorry your parcel is late, and I understand how frustrating it is to chase it. I've looked into it today: the courier lost it in transit, so I've sent a new one by express and refunded the delivery fee.",
  "It should reach you by Friday. I'll email you on Thursday with the tracking number either way.",
  '',
  'Thanks for your patience,',
  'Sam',
  '',
  '> On Monday, Ana wrote:',
  "> My order still hasn't arrived.",
].join('\n');

const AS_WRITTEN: readonly WarmUpStep[] = [
  { text: "Hi there, you need to restart the router. Thanks for waiting, it's nearly done." },
  { text: COLD_EMAIL, options: { customerMessage: ANGRY_CUSTOMER } },
  { text: WARM_EMAIL, options: { customerMessage: ANGRY_CUSTOMER, customerName: 'Ana' } },
  // No greeting and no sorry: the greeting and acknowledgement checks read every sentence for sympathy.
  { text: "Your refund was sent today and should reach your card within 5 days. We'd appreciate your patience.", options: { customerMessage: ANGRY_CUSTOMER } },
  {
    text: "hey!! pls dont worry, its fixed now :) anything else i can help with? Sorry for your loss, and congratulations on the new home.",
    options: { channel: 'chat', firstMessage: true, customerMessage: 'is it fixed yet??? my father passed away and I need the account closed' },
  },
];

/**
 * V8 compiles a regex separately for text it holds one byte a character (plain ASCII and Latin-1) and two
 * (anything else: a typographic apostrophe or dash, an emoji), so each step runs both ways: as written, and
 * with the apostrophes a word processor or a phone types (’) and a dash.
 */
const typographic = (text: string) => `${text.replace(/'/g, '\u2019')} \u2014`;

export const WARM_UP_STEPS: readonly WarmUpStep[] = AS_WRITTEN.flatMap((step) => [step, { ...step, text: typographic(step.text) }]);
