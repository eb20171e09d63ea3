import { defineRule } from '../define';
import { HABITUALLY } from '../shapes';

export default defineRule({
  id: 'blames-by-guess',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Guesses the customer got it wrong',
  description:
    'Guesses that the customer caused the problem, or says our side is fine, before anyone has looked: "The customer must have clicked twice.", "It works fine on our end.", "No fault on our side."',
  message: 'Respect: guessing the customer got it wrong ("you probably…", "you must have…") reads as blame; say what you checked and what you will do.',
  patterns: [
    '(customer|the customer|the user|the cardholder|the account holder|the tenant|someone) must (have|of) #Adverb? (#PastTense|#Participle)',
    '(incorrectly|wrongly|wrong|improperly|incorrect) (on|from|at) your (side|end)',
    '(that is|this is|it is) (probably|likely|most likely|almost certainly) (the|your) (issue|problem|cause|reason|culprit)',
    // Our side is fine: "works fine on our end", "double debit is not possible from our system".
    '(fine|perfectly|correctly|normally|properly) (on|at|from) our (end|side)',
    '(is|are) not possible (from|in|on|with|through|within) our (system|side|end|platform|network|software)',
    '(it is|that is) #Adverb? (unlikely|impossible) (that)? (we|our #Noun|the #Noun) (lost|made|sent|charged|missed|damaged|forgot|got|mixed)',
    // Blame hidden in a rule: "Collections are missed when bins are not presented by 7am".
    '(when|if) #Noun+ (are|is|were|was) not #Adverb? (presented|put out|submitted|returned|registered|reported|paid|followed|completed|left out)',
    // "The system shows they were returned late", "so it was delivered".
    '(system|records|tracking|logs|photo|camera|scan) (shows|show|showed|indicates|confirms|proves) (that)? (they|it|you) (were|was|did|had)',
    'so it (was|has been) (delivered|received|collected|signed for)$',
    // The customer's side named as the likely cause: "nearly always caused by the customer's router", "almost certainly a misconfiguration in your IdP", "Your TV is likely too old".
    '(is|are|was|were) (probably|likely|most likely|almost certainly|presumably) (caused by|due to|down to) (your|the customer|the user|you|users)',
    `(is|are|was|were) (${HABITUALLY}) (caused by|due to) (your|the customer|you|incorrect)`,
    '(this|that|it) is (almost|most)? (certainly|likely|probably) (a|an)? #Adjective? (misconfiguration|mistake|error|fault) (in|on|with) your',
    '^your #Noun+ (is|are|was) (probably|likely|most likely|almost certainly|presumably) (too|not|faulty|broken|outdated|incompatible|at fault|wrong)',
    '(most|more)? likely to have (occurred|happened|been caused|been damaged|been broken) (after|when|while|during|at|in) (delivery|use|your|you|the customer)',
    // Guessed to have happened after it left us: "the damage must have occurred in transit".
    '(must|will|would) have (occurred|happened|been caused|been damaged|been broken) (after|during|in|on) (transit|delivery|the post|shipping|collection|your)',
    // Our side declared faultless, before anyone looked: "There is no fault on our end", "there were no issues with our platform".
    'no (fault|faults|issue|issues|problem|problems|error|errors) (on|at|from|with|in) our (end|side|platform|system|systems|network|servers|part)',
    // Working at the time, by our own screens: "the machine was operating normally on that date", "up the whole day on our dashboard".
    '(was|were) #Adverb? (operating|functioning|working|running|up) #Adverb? (on|at|during|throughout|all|the) (that|the|whole)? (date|day|time|night|sale)',
    '(our|the) (systems|dashboard|logs|monitoring|status page) (shows|show|showed) (all|no) #Noun? (operational|normal|fine|green|issues|errors)',
    // Left us perfect: "The flowers left our cold store in perfect condition."
    'left (our|the) #Noun+ in (perfect|good|excellent|working|full working|pristine) (condition|order|shape)',
    // Vouched for by a check it passed: "this boat passed its inspection", "our van had passed all its safety checks".
    '(this|that|our) #Noun+ (passed|had passed|has passed) (its|their|the|a|an|all) #Adjective? (inspection|inspections|checks|service|test|tests|mot|audit)',
    '(is|was|are) (probably|likely|most likely) (from|caused by|due to) (him|her|them|you) #Gerund',
    '(likely|probably|presumably) (that)? the #Adjective? #Noun+ (occurred|happened|was caused) (after|once|when|while) (handover|delivery|collection|you|use|your)',
    '(that|this|it) (would|must) (be|have been) #Adverb? (caused by|down to) (liquid|water|moisture|a drop|impact|misuse|physical|accidental|user|your|incorrect)',
    // Fine when it left us (session 25), by grammar: a state or a check, then the moment it left our hands: "The battery
    // was fully charged when it left the yard", "They were alive when they left the pier", "It was tested before it went
    // out", "The hinge was working fine before you collected the trailer", "in perfect working order upon dispatch".
    '(was|were) #Adverb? (#Adjective|#Participle|#PastTense|working|alive|fine|perfect|intact) .{0,4} (when|before) (it|they) (left|went|leaves|leave)',
    '(was|were) #Adverb? (working|fine|tested|checked|inspected|charged|serviced) .{0,6} before you (collected|picked|took|received|hired|drove|had)',
    '(in|was in|were in) (perfect|good|full|excellent|pristine) (working)? (condition|order) (upon|on|at) (departure|delivery|dispatch|collection|handover|leaving)',
    // Blame by what people like them usually do (session 39): "Breakdowns are usually operator related", "Most mic issues
    // are user settings", "Usually when they die it's because people leave the key
    // on", "it's most likely a sync conflict on your end", "normally down to poor handling".
    '(usually|mostly|often|likely|probably|issues are|problems are) (user|operator|owner|customer|human) (related|error|errors|settings|fault|misuse)',
    '(usually|normally|mostly|often|most of the time) (down to|caused by|due to) (#Gerund|people|customers|users|owners|incorrect|improper|poor|misuse)',
    '(usually|normally|mostly|often|most of the time) when .{1,8} it is because (people|customers|users|you|owners|riders|players)',
    // A hedge, then the customer's end or side, whatever sits between (session 41): "It's probably something you did on
    // your end", "probably an issue on your side", "The delay is most likely from your end".
    '(most likely|probably|prob|likely|almost certainly|presumably|obviously) .{0,5} (on|at|from) (your|ur) (end|side)',
  ],
  unless: [
    '(sorry|apologise|apologize)',
    '(no worries|not your fault|easy mistake|happens to everyone|common mistake|easily done|understandable|nothing you did|not something you did)',
    '(i|we) (have|had|will) #Adverb? (fixed|reset|restored|repaired|replaced|updated|corrected|refunded|sent|changed|cancelled|resent|moved)',
    "(i|we) ('ve|'ll) #Adverb? (fixed|reset|restored|repaired|replaced|updated|corrected|refunded|sent|changed|cancelled|resent|moved)",
    '(our|my) (mistake|fault|error|bug)',
    "(i|we) (will|'ll|can) #Adverb? (give|call|ring|send|remind|chase|email|text|check|help|replace|reset|fix|refund|swap)",
    '(if|in case|whether) you (have|had)? #Adverb? (entered|typed|selected|chosen|chose|used|put|given)',
    'you (are|were) #Adverb? right',
    '(if|when) (there|anything|something) (is|was) (wrong|off|missing)',
    '^(i|we) would have',
    "(i|we) (have|'ve) #Adverb? (checked|looked|tested|run|double checked)",
    // An offer to help right after the guess is no blame: "It's most likely a setting on your side, so let me walk you
    // through it on a quick call." ("let me know" and "let me remind you" offer nothing.)
    '(let us|together)',
    '(let me|happy to|glad to) #Adverb? (walk|show|guide|talk|take|help|check|look|sort|fix|set|reset|call|ring)',
    // What will show up on their side, nothing for them to do, or the quickest route: news and help, not a guess at fault.
    // Said of the customer or of the money or parcel, not of "it" after a guessed fault (review 41: "It's probably an issue
    // on your end, and it should clear once you fix your settings" passed whole).
    "you (should|will|'ll) .{0,2} (see|get|receive|notice)",
    "(refund|refunds|payment|payments|charge|charges|hold|money|credit|parcel|order|balance|transfer|update|change|changes|setting|settings) .{0,2} (should|will|'ll) .{0,2} (show|appear|arrive|update|refresh|come|take|drop|clear|disappear)",
    '(take|takes) .{0,3} to (show|appear|arrive|update|refresh|clear)',
    "(and|which) (should|will|'ll) #Adverb? (show|appear|arrive|update|refresh|drop|clear|disappear)",
    '(nothing|no need|no action) (you|to|for|on|at)',
    '(easiest|quickest|simplest|fastest) (to|way|if|for)',
  ],
  rewrites: [],
  advice: 'Say what you checked and what you found, as a fact you looked up for them, then what you will do next.',
  examples: {
    flag: [
      { text: 'There is no fault on our end.', becomes: null },
      { text: 'Customer must have clicked the pay button two times.', becomes: null },
      { text: 'It works fine on our end.', becomes: null },
    ],
    pass: [
      'You probably noticed the new look of the app this week.',
      'You must have been so worried, and I have called the hospital for you.',
    ],
    paraphrases: {
      flag: [
        'The heater was fully serviced before it left the depot.',
        'Both kegs were sealed and cold when they left the brewery.',
        'The hinge was working fine before you collected the trailer.',
        'The lens was in perfect working order upon dispatch.',
        'Most likely the scratches happened after delivery, when the unit was moved.',
        'Dropouts like this are generally caused by incorrect wiring.',
        'That would have been caused by water getting into the charging port.',
        'It looks like the VAT rate was set incorrectly on your side.',
        'The damage must have happened in transit.',
        'Honestly, there were no issues with our servers yesterday.',
        'The charger was working normally the whole day according to our logs.',
        'Our monitoring shows all systems operational.',
        'The cake left our kitchen in perfect condition.',
        'The kayak passed its inspection that morning, so this boat passed its checks too.',
        "That's probably the issue.",
        'Double debit is not possible from our system.',
        "It's unlikely we lost it.",
        'Collections may be missed if bins are not presented at the kerbside by 6am.',
        'The system shows they were returned late.',
        'Our driver has a photo showing the parcel at your door so it was delivered.',
        'The fault is probably due to your old router.',
        'This is almost certainly a misconfiguration in your identity provider.',
        'Your TV is likely too old.',
        'Any marks are most likely to have occurred after delivery.',
        'The sore is likely from him licking, which he may have done at home too.',
        'Breakdowns in the field are usually operator related.',
        'Honestly, most connection issues are user error.',
        'Faults like this are usually customer misuse.',
        'Usually when the battery dies overnight it is because people leave the lights on.',
        "It's most likely a firewall setting on your end.",
        'Peeling like this is normally down to poor handling after fitting.',
        'Faded prints are mostly caused by people hanging them in direct sun.',
        "It's probably something you did on your end.",
        'The delay is most likely from your end.',
        "It's probably an issue on your end, and it should clear once you fix your settings.",
      ],
      pass: [
        "It was checked before it left, so I'm sorry it arrived like this; a new one goes out today.",
        "It's possible you were charged twice, so I'm checking with the bank now.",
        "The delay was most likely caused by the storm, so I've rebooked you.",
        "That would be caused by our update last night, which I've rolled back.",
        "Perhaps you didn't get my email, so I've sent it again.",
        "Most likely the van broke down, and I've asked the depot to call you.",
        'If you\'ve entered the wrong address, just reply with the right one.',
        'That\'s probably the cause, so I\'ll send you a new cable today.',
        'I\'ve checked, and everything looks fine on our end, so let\'s try the router together.',
        'You are probably right, and I have refunded the fee.',
        'If you entered the wrong postcode, no worries, I have fixed it.',
        'Everything looks fine on our end now that I have reset the line.',
        'The crash was our fault, not yours.',
        'There was a fault on our end, and I have fixed it.',
        'The app was down for the whole afternoon, and I am sorry.',
        'Our status page shows an outage, so this is on us.',
        'It left our warehouse on Monday and should be with you tomorrow.',
        'Good news: your car passed its MOT this morning.',
        "If there is anything wrong with the parcel, I'll send another.",
        'You may have seen our email about the new prices.',
        'You should receive the code in a few minutes.',
        'This is almost certainly a fault in our app, and I have sent it to the developers today.',
        'Your TV is likely fine; the update will fix the picture tonight.',
        'The delay was probably caused by the storm, and I have rebooked you.',
        'Your router is probably fine, so I have sent an engineer to check the line.',
        'The marks most likely happened in our warehouse, so I have sent a new sofa.',
        'The drop-outs are usually caused by our old firmware, which I have updated.',
        'Delays are usually down to the weather, and I am so sorry this one hit your trip.',
        "It's most likely a glitch on our end, and I'm on it right now.",
        'Most of the time it is a quick fix, so let us try it together.',
        'Most of our drivers are volunteers and they love the route.',
        'Usually when the app freezes it is because of an update on our side, so a fix is coming tonight.',
        'The new user settings page is live, so you can change your email there yourself.',
        'Usually when the gate sticks it is because the frost got in, so our fitter is coming on Tuesday.',
        "You'll probably see the refund on your side by Friday.",
        "It's probably easiest if I check it from your end while we share a screen.",
      ],
    },
  },
});
