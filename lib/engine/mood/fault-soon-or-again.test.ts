/**
 * A fault of the thing itself, told flatly with no feeling word, that came soon after we sold, fitted or fixed it
 * ("sags after three months", "a week after", "brand new"), that comes back again and again ("every time", "all
 * night", "constantly") or that is the same fault as before: the customer has lost what they paid for, and a team
 * lead wants it acknowledged. Look-alikes stay calm: a question about how long a thing lasts, a thing that arrived
 * after two days, the customer's own routine, a fault asked for or denied, a thing worn out after many years, a minor
 * fault said to be no big deal. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('a fault soon after we sold or fixed it, or again and again', {
  upset: [
    'The kettle leaks after two weeks.',
    'Paint on the gate is peeling three weeks after your lads did it.',
    'The buckle came off after one wear.',
    'My brand new blinds have warped in the sun.',
    'Our new dishwasher beeps all night for no reason.',
    'the headset drops out every few minutes on calls',
    'The router restarts itself every hour.',
    'Hi, the till app logs us out every time we take a card payment.',
    'The door seal you replaced has the same leak as before.',
    'Mine flickers constantly since you fitted it. Regards, Tom',
  ],
  calm: [
    'How long should the battery last after a full charge?',
    'The parcel arrived after two days, thanks!',
    'I wash it every week and the colour has not faded at all.',
    'We drop our bikes off every Saturday morning for a service.',
    'Our old boiler drips a little after 20 years, so we would like a quote for a replacement.',
    "I'd like the app to log me out every time for security.",
    'Does the fabric fade after a few washes?',
    'Just flagging: the dark mode toggle resets every time I update, no big deal.',
    'Is it normal for new leather shoes to creak for a week?',
    'The new sofa arrived today and the cover fits perfectly.',
  ],
});
