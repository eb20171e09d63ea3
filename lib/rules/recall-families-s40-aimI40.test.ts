/**
 * Session 40, aimI40 (issue #10, urgency): the wait hung on someone else's step with no time, in the shapes the
 * wait-on-an-event rule did not know: the step in the perfect passive anywhere in the sentence or as a bare participle
 * heading it ("Once these have been received, …", "Once received, …"), our reply promised on their step ("We will revert
 * once the depot confirms", "as and when we get them"), and stock or dates with no article becoming available; and
 * (interaction) the bare receipt with a word around it ("Ok noted.", "We have taken note.") or said of the letter's
 * contents, its number or "hereby" ("…the contents of which have been noted"). Flags and
 * near misses are written here, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['the step someone else must finish, said in the perfect passive or as a bare participle', 'wait-on-an-event',
    ['Once the valuation has been reviewed, the offer will be reissued.', 'Your loan is released once the paperwork has been verified.',
      'We can book the fitting as soon as the deposit has been received.', 'u will get the code once ur refund has been approved',
      'Once received, the claim goes to the panel.', 'Once assessed, your appeal will be passed to the board.',
      'The replacement ships once your old unit has been inspected.'],
    ['Once the valuation has been reviewed, I will ring you, and by Friday either way.',
      'The coroner cannot release him until the reports have been reviewed, and I will ring you at 4pm with the news.',
      'Once you have been verified, the account unlocks on its own.', 'Your deposit has been cleared and the fitting is booked.',
      'Once received, I refund the same afternoon, usually within 2 hours.', 'Once the form has been signed, please post it back to us.',
      'The paperwork has been verified, so your loan goes out today.']],
  ['our reply or visit promised on their step, or stock with no article coming free', 'wait-on-an-event',
    ['We shall revert once the insurer confirms cover.', 'The team will get back to you once the lab has the results.',
      'Our engineer will attend once spares are available.', 'Once everything is checked we will notify you.',
      'Leaflets will be posted out as and when we get them.', 'Cots are offered as soon as one frees up.',
      'We will come back to you when we hear from the courier.'],
    ['We will revert once the insurer confirms, and by 5pm on Friday at the latest.', 'I will get back to you once you send the photos.',
      'Spares are available now, and the engineer comes on Tuesday at 9am.', 'As and when you want more leaflets, just reply here.',
      'Once you have checked the fuse, give me a ring and I will talk you through the rest.',
      'I will come back to you when I hear from the courier, and on Thursday either way.']],
  ['a bare receipt with a word in front or behind: "Ok noted", "noted on this", "We have taken note"', 'bare-noted',
    ['Ok noted.', 'okay received', 'Noted on this.', 'We have taken note.', 'I have taken due note of this.', 'Alright, noted.',
      'We take good note of the same.'],
    ['Ok noted, I have moved your delivery to Friday.', 'Noted on this, and the engineer comes at 3pm today.',
      'I have taken note of your new address and updated the account.', 'Okay, I have received the photos and the refund is on its way.',
      'Right, noted, and I have booked the fitter for Tuesday.', 'We take note of every comment and I have passed yours to the chef myself.']],
  ['the receipt said of the letter\'s contents, with its number, or "hereby"', 'logged-and-noted',
    ['Thank you for your letter, the contents of which have been noted.', 'We acknowledge your email and its contents are well noted.',
      'Your correspondence is hereby acknowledged.', 'Your ticket #55120 has been received.',
      'We have received your request for a callback.', 'We have received your application for a refund.'],
    ['I read the contents of your email and I have refunded the fee.',
      'The contents of the parcel were all there when I checked it this morning.',
      'Your ticket #55120 is fixed, and I have added a month of credit.',
      'We have received your request for a refund and it was paid this morning.',
      'Thanks, I have received your photos and booked the repair for Monday.',
      'Your correspondence with the courier shows they left it at the wrong door, so I have sent a new one.']],
];

describeRecallFamilies('recall families, session 40 aimI40 (urgency: a wait hung on their step; interaction: a bare receipt)', cases);
