import { defineRule } from '../define';
import { CUSTOMER_ROLES, HABITUALLY } from '../shapes';

// Split out of blames-by-guess (full at 30 patterns): the customer as the subject of a guessed slip, by grammar (a hedge or
// "must have" before the customer's own past action) rather than by a list of verbs.
export default defineRule({
  id: 'you-probably-did',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Guesses what the customer did wrong',
  description:
    'A guess, put as fact, about the customer\'s own slip: "You probably uploaded the wrong file.", "Presumably you skipped the check.", "You must have switched it on too late."',
  message: 'Respect: a guess about what the customer did wrong reads as blame before anyone has looked; ask, or say what you checked.',
  patterns: [
    // The customer's action after a hedge or "must have": "You probably uploaded…", "you must have switched it on…".
    'you (probably|likely|presumably|possibly|evidently|apparently|must have|must of) #Adverb? [<act>(#PastTense|#Participle) (!@hasComma)*]',
    // An omission guessed: "You may not have let the water run long enough", "you probably didn't save it".
    "you (may|might|must|probably|likely|presumably) (not|never) (have)? #Adverb? (#PastTense|#Participle|#Verb)",
    'you (were|did|have|had) #Adverb? (probably|likely|presumably|evidently|apparently|clearly) (not|never)',
    'you (probably|likely|presumably|evidently|apparently|clearly) (did not|have not|had not|were not|never|forgot)',
    // The hedge leads: "Presumably you loaded it without…", "Perhaps your son has forgotten…", "Maybe you missed the email."
    '^(presumably|probably|perhaps|maybe) (you|your #Noun+) (have|has|had)? (forgot|forgotten|missed|ignored|misread|entered|deleted|loaded|used|skipped|did not)',
    // It is likely that the customer slipped: "It's likely that your bid was not saved because you didn't press Confirm."
    '(it is|it was) #Adverb? (likely|possible) that (you|your #Noun+) (#PastTense|was not|were not|did not|had not)',
    '(likely|possible|perhaps|maybe) (that)? you (did not|were not|have not|never|missed|forgot|misread) (hear|see|notice|read|check|answer|get|home|in|the|it|them)',
    // Wrong details put in by the customer: "you have entered the wrong PIN".
    // Any act of theirs told as done wrong (session 41): "you may have entered it wrong", "you probably set the timer wrong".
    // Not "you did nothing wrong"; what they were given or found is the unless below ("you received the wrong item").
    // What they were given, found or told us is no slip of theirs ("you received the wrong item", "you spotted the wrong
    // date"): left out of the verb here, not excused sentence-wide, so "…you typed it wrong when you reported it" still flags.
    'you #Modal? (have|had)? #Adverb? (#Verb && !#Copula && !have && !did && !got && !received && !spotted && !noticed && !reported && !mentioned && !flagged && !caught && !found) (it|them|the|a|an|your)? #Noun? (wrong|wrongly|incorrectly|incorrect|invalid)',
    // A guess about the customer's group, then pinned on them: "Brides often change size, so I imagine that's what happened."
    '(i|we) (imagine|suspect|assume|presume|guess) (that is|that\'s|this is|that|it is|it\'s) what (has happened|happened|went wrong)',
    // Blame by diagnosis: the fault said to happen only when someone like the customer slips. "Peeling only happens when a
    // van is washed too soon", "Marks usually happen when clients have been in the sun", "Cracks like that happen when you land badly".
    '(only|usually|normally|typically|always|mostly|often) (happens|happen|occurs|occur) (when|if) (you|your|a|an|clients|customers|people|users|owners)',
    // A cause in the customer's habits: "is in most cases caused by drying clothes indoors", "are usually because the list wasn't updated".
    `(is|are|was|were) (${HABITUALLY}) (caused by|due to|down to) #Noun? #Noun? #Gerund`,
    `(${HABITUALLY}) (because|means|suggests) (the|your)? #Noun+ (was|were|is|are|had|has) not`,
    // The guess behind a condition or an appearance: "If the parcel was left outside, that would explain it", "It appears you did not do so".
    '^if (the|your|you|it|they) .{1,8} (that|this|which) would #Adverb? (explain|account for) (it|this|that|the #Noun)',
    '(it appears|it seems|it looks like|apparently) (that)? you (did not|didn\'t|have not|haven\'t|had not|never|forgot|failed to)',
    // The fault said to appear when the product was not looked after, or as the usual result of a slip: "Leaks typically
    // occur when the fly is not tensioned", "Cracked eggs are usually the result of the box being left in the sun".
    '(occur|occurs|happen|happens|appear|appears) (when|if) (the|a|an|your) #Noun+ (is|are|was|were|gets|get|has|have) (not|never|left|been)',
    `(is|are) (${HABITUALLY}) (the result of|a sign of) (the|a|your)? #Noun+ (being|not|left)`,
    // A diagnosis put as the usual case: "Double clicking is usually a software issue on the user's side".
    `(is|are) (${HABITUALLY}) (a|an) #Adjective? #Noun+ (issue|problem|fault|error)`,
    // Blame by habit (session 25): the usual cause of a fault like this is the customer's own doing, their people or
    // their home: "Reactions like this are almost always from over-applying", "Losses are usually down to the water in
    // the home tank", "Ropes that fail this early have usually been stood on".
    '(is|are|was|were) #Adverb+ (from|down to|caused by|due to|the result of) (#Gerund|#Hyphenated|people|owners|users|customers|riders|hirers|kids|children|pets)',
    '(is|are|was|were) #Adverb+ (from|down to|caused by|due to|the result of) .{0,4} (in|at|on) (the|your) (home|house|end|side|garden|property)',
    '(have|has) #Adverb+ been (#PastTense|#Participle) (on|in|with|through|or|too|outside|near|into|against|without)',
    // Blame by habit, widened (session 26): the usual cause said to "come down to" a handling slip ("…almost always come
    // down to the door being opened"), a failure verb whose usual trigger is a handling act ("Locks usually fail when the
    // door is slammed"), a guessed omission behind a condition ("If you didn't drink enough water, that would make it
    // worse"), and a class of customers who slip ("Most people who fail that section haven't practised enough", "people
    // forget snacks count", "most customers don't realise…").
    `(${HABITUALLY}) (come|comes) down to (the|your|a)? #Noun? (being|#Gerund|people|users)`,
    '^nine times out of ten .{0,5} (down|caused|because|from) (to|by|of)? (#Gerund|people|customers|users|owners)',
    // The usual cause named as a thing being handled (session 27): "Faults like this are almost always the handset being
    // left off the cradle", "Cutting out is nine times out of ten old fuel sitting in the tank".
    '(is|are) (almost|nearly)? (always|usually|mostly|generally|nine times out of ten) .{0,3} #Noun (being|sitting|getting) #Adverb? (#PastTense|left|in|on)',
    '#Adverb (fail|fails|break|breaks|crack|cracks|leak|leaks|snap|snaps|peel|peels) (when|if) (the|a|your|it|they) #Noun? (is|are) (#PastTense|#Participle|left)',
    "^if (you|your #Noun) (did not|have not|had not|forgot|never) .{1,8} (that|this|it) (would|will|could|might) #Adverb? (make|cause|explain|be)",
    "^if (it|they|the #Noun|your #Noun) (has|have|had) been .{1,8} (that|this) (will|would) be (why|the reason|the cause)",
    '(most|many|lots of) (people|customers|clients|#Plural) who .{1,6} (have not|had not|did not) #Adverb? (#Verb && !need && !needed && !have && !had)',
    `(people|owners|${CUSTOMER_ROLES}) (often|usually|always|tend to)? (forget|overlook|underestimate)`,
    '(most|many|a lot of) (people|customers|clients|users|owners|#Plural) (do not|never) #Adverb? (realise|realize|read|check)',
    // A hedge, then what they did, in any order (session 41): "Most likely you clicked twice", "It's probably something you did".
    '(most likely|presumably|probably|chances are|i suspect|my guess is) (that)? (something|what)? (you|u) (have|had)? #Adverb? (#PastTense && !#Copula)',
  ],
  unless: [
    '(no worries|not your fault|easy mistake|happens to everyone|common mistake|easily done|understandable|nothing you did|not something you did)',
    "(i|we) (have|had|will|'ve|'ll) #Adverb? (fixed|reset|restored|repaired|replaced|updated|corrected|refunded|sent|changed|cancelled|resent|moved)",
    '(our|my) (mistake|fault|error|bug)',
    // The guess followed by our own fix: "…when the ferry is cancelled, so I have rebooked you".
    "(so|and) (i|we) (have|had|'ve) #Adverb? #PastTense",
    '(if|in case|whether) you (have|had)? #Adverb? (entered|typed|selected|chosen|chose|used|put|given)',
    'you (are|were) #Adverb? right',
    '(let us|together)',
    // Feelings and news, not slips: "You must have been so worried", "You probably noticed the new look", "Chances are you
    // noticed". Only right after the hedge (review 41): "Most likely you typed it wrong when you got the email" is a guess.
    '(probably|likely|must have|presumably|chances are|possibly|apparently) (that)? (you)? #Adverb? (noticed|been|seen|saw|heard|felt|wondered|received|got|had|known|enjoyed|meant|wanted)',
    // The cause placed on our own side: "…when the van is not cleaned on our side, and that's on us".
    '(on|at|from) (our|my) (side|end)',
    // Reassurance or a tip, not a guess: "Don't worry, lots of people forget this", "Many people don't realise you can claim it back".
    '(do not worry|no need to worry|easy to miss|easy to forget|you are not alone)',
    '(realise|realize|know) (that)? (you|they) (can|could|may|are entitled)',
  ],
  rewrites: ['Could you check whether you {act}?'],
  advice: 'Ask instead of guessing, or say what you checked and what you found, then what you will do next.',
  examples: {
    flag: [
      { text: 'You probably uploaded a low-resolution file.', becomes: 'Could you check whether you uploaded a low-resolution file?' },
      { text: 'You must have entered an old card number.', becomes: 'Could you check whether you entered an old card number?' },
      { text: 'Presumably you skipped the safety check.', becomes: null },
    ],
    pass: [
      'You probably noticed the new look of the app this week.',
      'You must have been so worried, and I have called the hospital for you.',
      'Perhaps your parcel went to a neighbour, so I have asked the driver.',
    ],
    paraphrases: {
      flag: [
        'Most likely you pressed the reset button twice.',
        'Chances are you saved it under the old account.',
        'You might have typed the postcode incorrectly.',
        'Faults like this are almost always the lid being left open.',
        'Cracks like these are normally from dropping the phone.',
        'Blocked nozzles are usually caused by people leaving the lid off.',
        'Mould spots are mostly due to damp in the home.',
        'Bikes that come back like this have usually been ridden through salt water.',
        'You were probably not at home during the agreed window.',
        'Honestly, you probably just mistyped the password.',
        'You must have deleted the folder yourself.',
        'Sir you have entered wrong PIN three times so SIM is blocked.',
        'You may not have let the tank fill for long enough.',
        'Perhaps your husband has forgotten the engineer called.',
        'Maybe you ignored the low battery warning.',
        "It's likely that your order was not saved because you closed the page.",
        "Teenagers often lose their passes, so I suspect that's what happened.",
        "It's possible you weren't in when the engineer called.",
        'You likely never opened the confirmation link.',
        'Scuffs like this normally happen when owners store the boots near a radiator.',
        'Condensation in the lamp is almost always caused by washing the car with a pressure hose.',
        'A dead battery usually means the charger was not switched on at the wall.',
        'If the lid was left open overnight, that would explain the smell.',
        'It seems you never confirmed the second booking.',
        'Leaks are usually because the seal was not pushed fully home.',
  
        'Rust spots appear when the blade is left wet after use.',
        'Flaking paint is almost always the result of the wall not being primed.',
        'Honestly, mould only starts to happen if the room is not aired daily.',
        'Faded seat covers usually come down to the car being parked in full sun.',
        'Hoses typically crack if they are left out over winter.',
        'If you did not rinse the filter, that could explain the smell.',
        'Most riders who come off at that bend have not checked their tyre pressure.',
        'Guests often forget that the sauna needs an hour to heat.',
        'Many owners never read the care label.',
      ],
      pass: [
        'Chances are you noticed the new menu already.',
        'I see you received the wrong item; a new one ships today.',
        'You did nothing wrong at all.',
        'The lid is usually left open to let it dry, which is fine.',
        'A squeak usually comes from the insole rubbing; lift it out and sprinkle a little talc underneath.',
        'Delays are usually due to the weather at the port, and I have rebooked you on the 3pm.',
        'Orders have usually been dispatched by noon.',
        'These marks are usually from our packing tape, so I have sent a new one.',
        'This only happens when our van is late, and I am sorry it happened to you.',
        'Delays usually happen when the ferry is cancelled, so I have rebooked you on the next one.',
        'The error is usually caused by an expired session on our side, so I have reset it.',
        'If the parcel was left outside, I will refund it today.',
        'It seems you have been charged twice, so I have refunded the second payment.',
        'Apparently you never received the code, so I have sent a new one.',
        "It's possible you were charged twice, so I'm checking with the bank now.",
        "Perhaps you didn't get my email, so I've sent it again.",
        'If you entered the wrong postcode, no worries, I have fixed it.',
        'You may have seen our email about the new prices.',
        'You are probably right, and I have refunded the fee.',
        'You probably want the annual plan, since it saves you £20.',
        'Maybe you would like a call back instead?',
        'I imagine that was a shock, and I am sorry.',
  
        'Rust spots appear when our coating has worn thin, so I am sending a new blade today.',
        'Cracked eggs are usually the result of a rough courier handover, and I have refunded the box.',
        'The screen flickers when the app is open for hours, which is a bug on our side.',
        'Delays usually come down to the weather at the port.',
        "Don't worry, lots of people forget this step.",
        "Many people don't realise they can claim the VAT back, so here's how.",
        'Most customers never need to call us again after the first setup.',
        'Pipes usually burst when the temperature drops below zero.',
        'Nine times out of ten a restart fixes it.',
      ],
    },
  },
});
