/**
 * A fault dated from our own work, told flatly: "since your update", "since the firmware update", "since you serviced
 * the pump", "since your fitter adjusted the saddle". What we did broke what worked, and the customer wants that
 * acknowledged. Look-alikes stay calm: praise since the work, a question about it, a change told with nothing wrong,
 * a time since with no work of ours. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('a fault since our own work', {
  upset: [
    'Our receipts print blank since your update.',
    'The card reader shows a black screen since the firmware update on Tuesday.',
    'Hot water has been brown since you serviced the tank.',
    'Since the plumber came the downstairs loo is slower to fill than ever and it gurgles.',
    'the booking page is throwing errors since yesterday\'s release, we run a salon',
    'Since your engineer moved the router the signal upstairs is zero.',
    'Gas readings have doubled since the new meter was installed.',
    'The hallway light buzzes since the switch was replaced.',
    'My cob is sore on his back since your saddler fitted the new saddle.',
  ],
  calm: [
    'Since your update the app is much faster, thanks a lot!',
    'Since the engineer visited the boiler has been perfect.',
    'Since the update, where has the export button gone?',
    'Since your update the menu has a new colour scheme.',
    'We have been customers since the shop opened and we love it.',
    'Since my last order I have moved house, here is my new address.',
    'Since the new meter was fitted I can read it from the app, very handy.',
    'We have saved a lot since the boiler was replaced last year.',
  ],
});
