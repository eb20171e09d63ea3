/**
 * Review 42: session 42's exemptions and narrowings that let the worst form through, each written as flags and warm near misses
 * in our own wording (not taken from dev files, a check batch or held-out data):
 * - lesson-for-next-time: the lesson itself told as a gain ("For next time, reading the instructions saves you…") is
 *   still the lesson; a tip whose act gains them something still passes.
 * - sent-to-a-form: "how long it takes" answers the errand only in minutes; "which takes about six weeks" is a wait.
 * - wait-on-an-event: a message "with the details" names nothing, like "an update"; one with the slot or the code passes.
 * - we-understand-your-concern: the concern noted as "the issue", "the matter", "the feedback" is still the stock line;
 *   a detail the agent records (the new address) still passes.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['the lesson told as what it gains them', 'lesson-for-next-time',
    ['For next time, reading the instructions saves you a lot of trouble.',
      'Going forward, checking the size chart spares you a return.',
      'In future, following the setup guide gets you there faster.',
      'For future reference, being on time saves you the late fee.',
      'From now on, reading the size guide saves you a return.',
      'From now on, making sure the lid is tight saves you the mess.'],
    ['For next time, booking before Friday gets you the early rate.',
      'Going forward, ordering before noon gets you next-day delivery.',
      'In future, asking for Marta gets you the quiet table.',
      'For next time, bringing a friend gets you both in for half price.',
      'From now on, using the app gives you double points.',
      'Next time, mentioning this chat gets you straight to me.']],
  ['a form pointer with a long wait beside it', 'sent-to-a-form',
    ['Please fill in the claim form on our website, which takes about six weeks to process.',
      'Please complete the online form; it takes around three weeks.',
      'Please fill in the form on our website. It takes about a month to be reviewed.',
      'Please use the request form on our site, which takes about ten working days.',
      'Please complete the return form online, which takes about two weeks to come back.',
      'Please submit the form on our site; it takes roughly four weeks.'],
    ['The form is on our website, and it only takes about five minutes.',
      'The claim form is online and takes under two minutes.',
      'The form is on our website. It takes about three minutes to fill in.',
      "The form is on our site, and you'll need your booking number.",
      'The request form is online; it only asks for your order number.',
      'Forms are on our website, and it takes a minute or so.']],
  ['a message promised with nothing named in it', 'wait-on-an-event',
    ["Once the part arrives, you'll get an email with the details.",
      'Once the stock arrives, you will receive a text with the details.',
      "Once the part arrives, you'll get a text with the status.",
      'Once the part comes in, you will get an email with the progress.',
      "Once the stock arrives, you'll get an email with the details.",
      'Once the part arrives, you will get a notification with the latest details.'],
    ["When the courier checks in at the depot, you'll get a text with your slot.",
      "Once the part arrives, you'll get an email with your collection code.",
      'When the warehouse restocks, you will receive a text with your tracking link.',
      "Once the engineer is booked, you'll get a message with the date and time.",
      'When the lab finishes, you will get an email with your results.',
      "Once the payment clears, you'll receive an email with your receipt."]],
  ['the concern noted under another name', 'we-understand-your-concern',
    ['I understand your concern and have logged the issue.',
      'I understand your frustration and have passed the matter on.',
      'We understand your concern and have forwarded the feedback to the team.',
      'I understand your concerns and have raised the complaint with management.',
      'We appreciate your frustration and have noted the problem.',
      'I acknowledge your disappointment and have recorded the case.'],
    ['I understand your concern and have noted the new address.',
      'I understand your worry and have recorded the new delivery date.',
      'I understand your concern and have logged a refund of £40 today.',
      'We understand your frustration and have raised the fee cap for your plan.',
      'I understand your concern and have shared the tracking link with you.',
      'We appreciate your concern and have noted your new phone number.']],
];

describeRecallFamilies('review 42: exemptions that let the worst form through', cases);
