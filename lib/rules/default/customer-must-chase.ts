import { defineRule } from '../define';

export default defineRule({
  id: 'customer-must-chase',
  kind: 'phrase',
  principle: 'follow-through',
  severity: 'suggestion',
  message: 'Follow-through: asking the customer to keep checking leaves the follow-up with them; say when you will update them.',
  description:
    'Hands the follow-up to the customer: "check back later", "keep an eye on the portal", "follow our status page for updates", "try again in a few days".',
  patterns: [
    '(give it|wait) (another|a|one more) (day|week|month|fortnight|few days) and (check|try|chase|contact|call|look)',
    '(check|come|call|try|look) back (later|again|another time)',
    '(check|come|call|try|look) back in a (few|couple of) (days|weeks|hours)',
    '(keep|have) an eye on (the|your|our) (tracking|status|order|news|results|booking)? (portal|website|site|app|inbox|account|page|feed|tracking)',
    '(follow|monitor|watch|check|refresh) (the|our) (tracking|status|order|news)? (portal|website|site|app|page|feed|twitter) for (updates|news|progress)',
    '(follow|monitor|check) (the|our) (status page|social media|twitter|x account|news page)',
    '(try|check|contact us|get in touch|chase us|chase) again (later|next week|another time)',
    '(try|check|contact us|get in touch|chase us|chase) again in a (few|couple of) (days|weeks)',
    '(it is|it\'s) (up to you|your job|on you) to (chase|follow up|check)',
    // The follow-up left with the customer in other words: "You can track the status of your kit in your account", "Status updates are posted on our Discord".
    '(you can|you may|you are able to|feel free to|please) #Adverb? (track|check|follow|monitor|view) the? (status|progress) (of|in|on|via)',
    '(status|progress)? updates (are|get) #Adverb? (posted|published|shared) (on|in|via) (our|the)',
  ],
  unless: [
    '(i|we) (will|am|are) #Adverb? (keep|keeping|have) an eye',
    '(i|we) (will|\'ll|am going to|shall) #Adverb? (email|message|text|call|ring|update|write|let you know|send|check|post)',
    '(i|we) (have|\'ve) (set up|turned on|switched on|added) (an alert|a notification|alerts|notifications)',
    '(you will|you\'ll) (get|receive) (an|a) (email|text|message|notification|alert)',
  ],
  rewrites: [],
  advice: 'Say when and how you will update the customer yourself ("I\'ll email you by Friday with the result"), so they do not have to chase.',
  examples: {
    flag: [
      { text: 'Please check back later for an update.', becomes: null },
      { text: 'Keep an eye on the portal for your results.', becomes: null },
      { text: "Yes, we're aware. Follow our status page for updates.", becomes: null },
    ],
    pass: [
      "I'll email you by Friday with the result, so there's no need to check back.",
      'Your results are on the portal now, and I have attached a copy too.',
      'I have set up an alert, so you will get a text the moment it ships.',
    ],
    paraphrases: {
      flag: [
        'Give it another week and check again.',
        'Wait a few days and try again.',
        'Transfers are slow today, so try again in a few days.',
        'The fix is in progress; do keep an eye on our website.',
        'You can monitor the status page for news.',
        'Please call back another time if it is still not working.',
        'Feel free to check back in a couple of weeks.',
        'Just refresh the tracking page for progress.',
        'Please chase us again next week if nothing has arrived.',
        'You can track the status of your kit in your account.',
        'Status updates are posted on our Discord.',
        'Please monitor the progress of your claim via the portal.',
      ],
      pass: [
        'Give it a minute to restart, then the light turns green.',
        'I will check back with the warehouse this afternoon and message you by 5pm.',
        'The portal shows your results now, and they all look good.',
        'I have added a note to your account so nobody asks you again.',
        'Keep the receipt somewhere safe in case you need it for the warranty.',
        'Come back to us any time; we are here seven days a week.',
        "I'll keep an eye on the tracking and let you know the moment it moves.",
        'Our website has the menu, and I have also attached it here.',
        "You can track the status in your account, and I'll email you the moment it ships.",
        'I have posted the update on your ticket, and the part arrives Friday.',
      ],
    },
  },
});
