/**
 * Upset told in calm words, session 39 (told-calmly.ts): a wait counted since they asked, a promise come due, paid and not
 * there, a question that is a reproach — and the calm messages of the same shapes (a plan, a how-to, a thank-you, an
 * instruction passed on). Sentences are invented for these tests, in several voices.
 */
import { describe, expect, it } from 'vitest';
import { readMood } from '../mood';
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('a wait counted since they asked', {
  upset: [
    'I lodged the planning objection back in February and there is still no response from the council.',
    'sent my watch in for repair 4 weeks ago, still nothing, not even an email',
    'Dear team, we requested the certificate of conformity two months ago and have not yet received it. Regards, Okafor Ltd',
    'My passport has been with you since June. When will it be returned?',
    'Good day, I submitted my pension forms 6 weeks ago. Nobody has replied and I have not been paid.',
  ],
  calm: [
    'I ordered the desk three weeks ago. Can I still return it if it does not fit?',
    'I registered two months ago, how do I change my email address?',
    'We applied in March and the permit arrived today, thanks so much!',
    'I booked the cottage in January. Can I add a dog to the booking?',
    'Sent the form 2 weeks ago, just letting you know the address on it is old.',
  ],
});

describeUpsetCases('a promise come due', {
  upset: [
    'Your engineer promised the part would be ordered on Monday. It is now Friday.',
    'we were assured the kitchen would be finished by the 10th, its the 24th',
    'The manager said on the phone I would get a callback. Where is it?',
    'The rug is much smaller than your website claimed. It barely fits under the table.',
    'Your rep confirmed the upgrade was free and now you are saying it is £12 a month?',
  ],
  calm: [
    'You said to send photos of the damage, so here they are.',
    'I was told to call this number to update my address. Can you help?',
    'Your colleague said the order would ship Friday and it did, thank you.',
    'The engineer said he would call ahead. What time should I expect him?',
    'My wife said you sell gift cards. Where can I buy one?',
  ],
});

describeUpsetCases('paid and not there', {
  upset: [
    'I topped up 500 rand airtime this morning, money gone from my account, no airtime was added.',
    'We paid the membership in full but the card still shows as suspended.',
    'i already paid the fine online and got a final notice today',
    'Paid the plumber’s deposit last week. The bailiff still turned up on Tuesday.',
  ],
  calm: [
    'I paid for the premium plan. How do I turn on the reports?',
    'I already paid the invoice. Could you send a receipt for my records?',
    'We paid the deposit yesterday, can you confirm the booking dates?',
    'I paid £50 by transfer. Is the balance now zero?',
  ],
});

describeUpsetCases('a question that is a reproach', {
  upset: [
    'Three emails about the same leak. Is anyone actually reading these?',
    'Stood in the cold for an hour for the shuttle. Do you even check the timetable?',
    'The headphones crackle in the left ear. I paid £180 for this?',
    'I did every exercise in the course and still failed. What was the point?',
  ],
  calm: [
    'What is the point of the reset button on the side?',
    'Is anyone available to help me set up the printer?',
    'Was there any update to the app this week? I want to try the new feature.',
    'I paid £180 for these headphones. Do they come with a case?',
  ],
});

describe('the cue is the words that carry it', () => {
  it('quotes the promise, not the whole sentence', () => {
    const cues = (readMood('Hello, your driver promised the sofa would come by noon. Where is it?')?.evidence ?? []).map((e) => e.text);
    expect(cues).toContain('your driver promised the sofa would come by noon');
  });
  it('quotes what rides on it, not the whole sentence (stakes.ts)', () => {
    const cues = (readMood("My van still isn't repaired. Honestly, I need it for work.")?.evidence ?? []).map((e) => e.text);
    expect(cues).toContain('I need it for work');
  });
});

describeUpsetCases('a tag question asks plainly (ASKED_PLAINLY)', {
  upset: ["My son uses a wheelchair and the venue has no lift. We've been refused entry twice now, is that even legal?"],
  calm: [
    'I use a wheelchair. The venue page mentions no ramp, is there another entrance?',
    'My mum is hard of hearing. The listing shows no loop, does the theatre have one?',
  ],
});
