/**
 * Session 42, aimB42 (issue #10, urgency and interaction): two warm false alarms from the session-41 review, each with
 * the worst form kept flagged. Urgency: a concrete event the customer is told about, with what the message will carry
 * ("When the courier checks in at the depot, you'll get a text with your slot") is not a vague wait; a notice with
 * nothing in it, or no notice at all, still is. Interaction: "the form is on our website" with the answer given in the
 * same breath (what they will need, how long it takes) is a pointer beside an answer; the pointer alone still flags.
 * Flags and near misses are written here, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['a wait on their step stays flagged when the customer is told nothing, or only that they will hear', 'wait-on-an-event',
    ['When the courier checks in at the depot, your parcel will be rebooked.',
      'You will be notified when your order is ready.',
      'Once the insurer approves the claim, you will get an update.',
      'When the supplier confirms stock, you will receive an email.',
      'Once the warehouse checks the return, the refund goes out.',
      'You will get the voucher code once your claim has been approved.',
      'When the lab completes the tests, you will hear from us.',
      'After the landlord signs off the repair, we will be in touch with more information.'],
    ['When the courier checks in at the depot, you\'ll get a text with your slot.',
      'Once the warehouse scans your return, you will receive an email with the refund amount.',
      'After the driver loads the van, you\'ll get a message with a two-hour window.',
      'Once the surveyor has inspected the roof, you will get an email with the quote and a start date.',
      'When the lab completes the tests, you\'ll get a text with a link to your results.',
      'Once the insurer approves the claim, you\'ll receive a letter confirming the payment date.',
      'As soon as the engineer finishes, you will get a call with the time he can come back.',
      'When the depot processes it, you get an SMS with the tracking number.']],
  ['a wait for free time stays flagged', 'when-we-get-a-chance',
    ['We\'ll get to it when the team has time.', 'Someone will look at it when they get a chance.'],
    ['I will look at it this afternoon, before the team meeting.']],
  ['the form or page pointed to, with the answer in the same sentence or the next', 'sent-to-a-form',
    ['The form is on our website.', 'The claim form is on our website.', 'Our form is on the website.',
      'Hi Sam, the form is on our website.', 'The form is on our website. Please fill it in.',
      'The returns form is on the website, and you need to fill it in before we can help.',
      'The guide is on our website. Thanks for getting in touch.',
      'The form is on our website, and you will need to send it back.'],
    ['The form is on our website, and you\'ll need your policy number to fill it in.',
      'The claim form is on our website; it only takes about five minutes.',
      'The form is on our website. It takes two minutes, and you only need your order number.',
      'The guide is on our website, and you will just need the serial number from the base of the unit.',
      'The form is on the website. You\'ll need a photo of the receipt and the date you bought it.',
      'Our form is on the website and takes under 5 minutes to fill in.',
      'The link is on our website. It just asks for your name and booking reference.',
      'The renewal form is in the portal, and all it needs is your member number.']],
  ['forms or details pointed to, with the answer in the same sentence or the next', 'sent-to-a-channel',
    ['Forms are on our website.', 'Our form is on the website.', 'Details are on our website.',
      'Forms are on our website. Thank you.', 'Prices are on our website, please check there.',
      'Forms are on our website, and you must send one back.'],
    ['Forms are on our website, and you only need your order number.',
      'Our form is on the website; it takes about three minutes.',
      'Forms are on our website. You will need the serial number and a photo of the fault.',
      'Details are on our website, and it only takes a minute to sign up.',
      'Forms are on the website. It just asks for your address and account number.',
      'Our form is on the website, and all it needs is your reference.']],
];

describeRecallFamilies('recall families, session 42 aimB42 (urgency: a told event with what comes next; interaction: a pointer beside the answer)', cases);
