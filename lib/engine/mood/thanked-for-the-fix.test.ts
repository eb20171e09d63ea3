/**
 * Thanks for a fix that names the fault ("Thanks for sorting the double charge", "Cheers for replacing the faulty
 * charger"): the fault is the one fixed, no grievance. A fault after the thanks still reads upset ("thanks for fixing
 * the leak but the tap is broken again"). Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('thanks for fixing a named fault', {
  upset: [
    'Thanks for fixing the leak but the tap is broken again.',
    'Thank you for replacing the charger, however the new one is faulty too.',
  ],
  calm: [
    'Thanks for sorting the double charge so fast, refund is in.',
    'Cheers for replacing the faulty kettle, works perfectly.',
    'Thank you so much for fixing the broken link on the order page.',
    'Thanks for reversing the duplicate payment.',
  ],
});
