import { defineRule } from '../define';

export default defineRule({
  id: 'please-wait',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  message: 'Urgency: a bare "please wait" asks for patience without saying how long; thank them and tell them when to expect you.',
  patterns: [
    '(please|kindly) #Adverb? (await|wait for) (the|a) (resolution|outcome|decision|fix|result)$',
    // A wait of no length: "Kindly wait for some time", "please hang on a little longer".
    '(please|kindly|pls) #Adverb? (wait|hold on|hang on|hang tight) for? (some|a little|a bit|a while|some more) (time|while|longer|more)?',
    '^please (wait|hold|be patient)$',
    '^please (wait|be patient) (for now|for the time being|patiently)$',
    '^(please|kindly)? (await|wait for) (further|our|additional)? (communication|instructions|notice|notification|contact|news) (from us|from our team)?$',
    '^(please|kindly)? (await|wait for) (further|our|a) (reply|response|update|updates|email) (from us|from our team)?$',
    '^(please|kindly)? (wait|be patient) until (we|someone|an agent) (contact|contacts|reply|replies|get|gets|are|is) *',
    '(please|kindly) (wait|be patient) (with us|with me)?$',
    '(please|kindly)? (await|wait for) an (update|reply|response|email) (from us|from our team)?$',
  ],
  unless: [
    // A past day or a season is no time for the wait ("As mentioned yesterday, they will be in touch"): it does not excuse.
    '(#Date && !yesterday && !season && !seasons)', '(today|tonight|tomorrow|within|minutes|hours|while i|while we)'],
  rewrites: ['Thanks for your patience.', 'Thank you for bearing with me.'],
  examples: {
    flag: [
      { text: 'Hello. We will respond at some point. Please wait.', becomes: 'Hello. We will respond at some point. Thanks for your patience.' },
      { text: 'Kindly await further communication.', becomes: 'Thanks for your patience.' },
      { text: 'Please wait until we contact you.', becomes: 'Thanks for your patience.' },
    ],
    pass: ['Please wait for the green light before unplugging the router.', "Please wait while I check, it'll take about two minutes.", 'Thanks for waiting, I have your answer now.'],
    paraphrases: {
      flag: [
        'Please patiently await the outcome.',
        'Kindly wait for some more time.',
        'Please hang on a little longer.',
        'Kindly await further communication from our team.',
        'Please wait until an agent contacts you.',
        'Please wait patiently.',
        'In the meantime, please be patient.',
        'Please wait for an update from us.',
        'Please be patient with us.',
      ],
      pass: [
        'Please wait for the result screen, then press OK.',
        'Please wait a few minutes, then restart the router.',
        'Please hold on for a little while I check the depot, I will be back within five minutes.',
        'Thank you for your patience.',
        'Please wait two minutes, then restart the router.',
        'Please bear with me while I check the depot, I will reply within the hour.',
        'You do not have to wait, the refund is already on its way.',
        'Please wait for the green light before unplugging it.',
        'I am waiting for the courier to reply, and will update you by noon.',
      ],
    },
  },
});
