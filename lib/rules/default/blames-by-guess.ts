import { defineRule } from '../define';

export default defineRule({
  id: 'blames-by-guess',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Guesses the customer got it wrong',
  description:
    'Guesses that the customer caused the problem, or says our side is fine, before anyone has looked: "You probably entered it wrong.", "The customer must have clicked twice.", "It works fine on our end.", "You would have received a reminder."',
  message: 'Respect: guessing the customer got it wrong ("you probably…", "you must have…") reads as blame; say what you checked and what you will do.',
  patterns: [
    // The customer as the subject of a guess: "You were probably not at home", "you probably didn't save it".
    'you (were|did|have|had) #Adverb? (probably|likely|presumably|evidently|apparently|clearly) (not|never)',
    'you (probably|likely|presumably|evidently|apparently|clearly) (did not|have not|had not|were not|never|forgot)',
    'you (probably|likely|presumably|must have|must of) #Adverb? (entered|typed|clicked|pressed|selected|chose|forgot|ignored|deleted|installed|mistyped)',
    'you (probably|likely|presumably|must have|must of) #Adverb? (misread|dropped|damaged|broke|skipped|used|set|chosen|forgotten)',
    '(customer|the customer|the user|the cardholder|the account holder|the tenant|someone) must (have|of) #Adverb? (#PastTense|#Participle)',
    'you (have|had)? #Adverb? (entered|typed|used|selected|chosen|chose|given|put|input|picked) (the|a|an)? (wrong|incorrect|invalid)',
    '(incorrectly|wrongly|wrong|improperly|incorrect) (on|from|at) your (side|end)',
    '(that is|this is|it is) (probably|likely|most likely|almost certainly) (the|your) (issue|problem|cause|reason|culprit)',
    // Our side is fine: "works fine on our end", "double debit is not possible from our system".
    '(fine|perfectly|correctly|normally|properly) (on|at|from) our (end|side)',
    '(is|are) not possible (from|in|on|with|through|within) our (system|side|end|platform|network|software)',
    '(it is|that is) #Adverb? (unlikely|impossible) (that)? (we|our #Noun|the #Noun) (lost|made|sent|charged|missed|damaged|forgot|got|mixed)',
    // Blame hidden in a rule: "Collections are missed when bins are not presented by 7am".
    '(when|if) #Noun+ (are|is|were|was) not #Adverb? (presented|put out|submitted|returned|registered|reported|paid|followed|completed|left out)',
    // The customer would know if they had looked: "You would have received a reminder", "The vet would have called if…".
    'you would have (received|been sent|been given|had|seen) (a|an|the|our|two|several)? #Adjective? (reminder|reminders|warning|warnings|notice|notices)',
    'you would have been (told|notified|warned|informed|advised)',
    'would have (called|contacted|emailed|rung|told|informed|notified|let you know) (you)? if (there|anything|something)',
    '(you would|you had) #Adverb? (know|have known) (this|that|it)? if you',
    'if you had #Adverb? (#PastTense|#Participle) (on time|earlier|sooner|in time|properly|correctly|carefully|the) .* you (would|had) (not|never)',
    'you would not be in (this|that) (position|situation|mess)',
    // "The system shows they were returned late", "so it was delivered".
    '(system|records|tracking|logs|photo|camera|scan) (shows|show|showed|indicates|confirms|proves) (that)? (they|it|you) (were|was|did|had)',
    'so it (was|has been) (delivered|received|collected|signed for)$',
  ],
  unless: [
    '(no worries|not your fault|easy mistake|happens to everyone|common mistake|easily done|understandable|nothing you did|not something you did)',
    '(i|we) (have|had|will) #Adverb? (fixed|reset|restored|repaired|replaced|updated|corrected|refunded|sent|changed|cancelled|resent|moved)',
    "(i|we) ('ve|'ll) #Adverb? (fixed|reset|restored|repaired|replaced|updated|corrected|refunded|sent|changed|cancelled|resent|moved)",
    '(our|my) (mistake|fault|error|bug)',
    'you (are|were) #Adverb? right',
    '(if|when) (there|anything|something) (is|was) (wrong|off|missing)',
    '^(i|we) would have',
    "(i|we) (have|'ve) #Adverb? (checked|looked|tested|run|double checked)",
    '(let us|together)',
  ],
  rewrites: [],
  advice: 'Say what you checked and what you found, as a fact you looked up for them, then what you will do next.',
  examples: {
    flag: [
      { text: 'You probably entered it wrong.', becomes: null },
      { text: 'Customer must have clicked the pay button two times.', becomes: null },
      { text: 'It works fine on our end.', becomes: null },
    ],
    pass: [
      'You probably noticed the new look of the app this week.',
      'You must have been so worried, and I have called the hospital for you.',
    ],
    paraphrases: {
      flag: [
        'You were probably not at home during the agreed window.',
        'Honestly, you probably just mistyped the password.',
        'You must have deleted the folder yourself.',
        'Sir you have entered wrong PIN three times so SIM is blocked.',
        'It looks like the VAT rate was set incorrectly on your side.',
        "That's probably the issue.",
        'Double debit is not possible from our system.',
        "It's unlikely we lost it.",
        'Collections may be missed if bins are not presented at the kerbside by 6am.',
        'You would have received a reminder email 2 days before.',
        'The vet would have called if there was a problem.',
        "You'd know this if you checked the app.",
        'If you had ordered on time you would not be in this position.',
        'The system shows they were returned late.',
        'Our driver has a photo showing the parcel at your door so it was delivered.',
      ],
      pass: [
        'You would have received a welcome email from Sarah on Monday with your login.',
        'I\'ve checked, and everything looks fine on our end, so let\'s try the router together.',
        'You are probably right, and I have refunded the fee.',
        'If you entered the wrong postcode, no worries, I have fixed it.',
        'Everything looks fine on our end now that I have reset the line.',
        'The crash was our fault, not yours.',
        "If there is anything wrong with the parcel, I'll send another.",
        'You may have seen our email about the new prices.',
        'I would have called you if there was a problem, and there is none.',
        'You should receive the code in a few minutes.',
      ],
    },
  },
});
