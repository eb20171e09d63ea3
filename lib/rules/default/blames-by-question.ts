import { defineRule } from '../define';

// A question the customer cannot answer without admitting fault. Advice only: deleting the question loses what it
// pointed at, and turning it into a statement needs the facts only the agent has.
export default defineRule({
  id: 'blames-by-question',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Blames by a rhetorical question',
  description:
    'A question that is really a telling-off: "Did you not read the confirmation email?", "Have you tried reading the FAQ?", "Surely you saw the sign?"',
  message: 'Respect: a question the customer can only answer by admitting fault reads as a telling-off; say what the guide or message says instead.',
  patterns: [
    // Not or even before the reading verb: "Did you not read the guide?", "Did you even check the size chart?"
    '^(did|have|had) you (not|even|actually|ever|double) #Adverb? (read|check|checked|see|seen|look at|looked at|notice|noticed|open|opened|follow|followed)',
    // Our documents as the thing they should have read: "Did you check the signage at the entrance?"
    '^(did|have) you (read|check|follow|followed|watch) (the|our) #Noun? (guide|manual|faq|terms|policy|instructions|card|sheet|leaflet|video|pack|signage)',
    // "Have you tried reading our FAQ?"
    '(have|did) you #Adverb? (tried|try|thought about|considered) (reading|checking|looking at|following) (the|our|any)',
    // "Surely you saw it?", "Surely you got the reminder?"
    '^surely you (saw|read|noticed|received|got|knew|checked|must have|would have|realised|realized)',
    // "Did you try connecting like it says on the wall?"
    '(did|have) you #Adverb? (try|tried|use|used|follow|followed|do|did|set|plug|plugged) .{1,8} (like|as) it (says|said|states|stated|shows) (on|in)',
    // "Are you using it as directed?"
    '^(are|were) you (wearing|using|following|taking|charging|storing|cleaning) (it|them|the #Noun+) (as|like) (directed|instructed|advised|shown|recommended)',
    // "Did you not realise that…?", "Do you not understand how the fee works?"
    '^(did|do) you (not|even) (know|realise|realize|understand|remember) (that|how|what|the)',
    // "Did you even bother to read it?"
    '^(did|have) you (not|even)? (bother|bothered) to (read|check|look|open)',
    // The guide held up inside the question: "Have you been rotating it like the guide says?"
    `^(did|have|has|were|was|are) (you|the #Noun+|your #Noun) .{1,10} (like|as) (it|the|our|we) #Noun? #Noun? (says|said|states|stated|shows|advised|asked)`,
    // "Wouldn't it have been easier to move the car first?"
    "^(would not|wouldn't|would it not) (it)? have been (easier|better|simpler|quicker|safer) to",
    // The customer's step asked about as if skipped, timed against the fault: "Did you cycle the tank first?", "Did you eat
    // beforehand?", "Did you check the number before paying?", "Were the bottles kept in the fridge as soon as they arrived?"
    '^did you #Adverb? (#PastTense|#Verb) .{0,6} (first|beforehand)$',
    '^did you #Adverb? (#PastTense|#Verb) .{0,6} before #Gerund',
    '^did you #Adverb? (#PastTense|#Verb) .{0,6} (immediately|promptly) (on|after|when)',
    '^(were|was) (the|your) #Noun+ (kept|stored|left|put|washed|charged|cleaned|placed|watered|fed|checked|fitted) (immediately|first|properly|correctly|promptly)',
    // What we sent held up, the care step asked about, honesty doubted, a cause guessed as a question (session 24): "Did you
    // read the directions we sent?", "Was the cover tensioned properly?", "Were you honest on the form?", "Did you tell
    // the surveyor about the old wiring?", "Could it be that your domain has expired?", "maybe you left it out too long?"
    '^(did|have) you #Adverb? (read|follow|followed|watch|watched|check|checked|use|used) (the|our) #Adjective? #Noun+ (we|i) (sent|gave|provided|emailed|included)',
    '^(were|was) (the|your) #Noun+ (#PastTense|#Participle) .{0,4} (properly|correctly|as soon as|straight away|right away|as directed|as instructed)',
    '^were you (honest|truthful|accurate|careful|sure)',
    '^did you (tell|inform|notify|declare|disclose|mention) (the|your|our) #Noun+ (about|of) (the|your|any)',
    '^(could it be|is it possible|might it be) (that)? (you|your #Noun+)',
    '^(maybe|perhaps|possibly) (you|your #Noun+) (#PastTense|forgot|did not|had not) .* @hasQuestionMark$',
    // "Surely you were told to wait 7 days?"
    '^surely (you|your #Noun+) (were|was|had|have) #Adverb? (told|warned|shown|given|sent|informed|advised|reminded)',
    // The question held against an instruction (session 25): "Did you soak them for 30 minutes like the card in the box
    // says?", "Have you been descaling it monthly as the manual says?"
    '^(did|have|had|were|was|do) you .{1,8} (like|as) (the|our|your|it) .{0,3} (says|said|shows|showed|tells you|told you|instructs|asks|asked|recommends|states)',
    // Session 38: the rhetorical reproach, the customer's request asked back as absurd: "Would you really expect us to
    // refund a worn dress?", "Do you honestly think we'd cover that?", "Surely you don't expect a full refund?"
    '^(would|do|did|could|can) you (really|honestly|seriously|genuinely|actually) expect (us|me|we|that|the|our|a)',
    // …but "think the"/"think a" asks an opinion ("Do you honestly think the blue one suits better?"): only "think we…".
    '^(would|do|did|could|can) you (really|honestly|seriously|genuinely|actually) (think|believe) (us|me|we|i|that|our)',
    "^surely you (do not|don't|would not|wouldn't|can not|can't) #Adverb? (expect|think|believe)",
  ],
  unless: [
    "(i|we) (have|'ve|will|'ll|can) #Adverb? (attached|sent|resent|linked|included|fixed)",
    // An offer or a real question about what they would like: "Did you want me to call before coming round?"
    '^(did|do) you (want|need|mean|like|wish|prefer|manage|get)',
    '(here is|here\'s|the link|walks you through|step by step|happy to)',
  ],
  // The answer given right after the question makes it a real pointer, not a telling-off.
  unlessNext: ["(here is|here's|the link|i have attached|i've attached|i can|i will|i'll|happy to)"],
  rewrites: [],
  advice: 'Drop the question and give the answer as news ("The guide says the seat must face forward; here is the page"), then what you will do.',
  examples: {
    flag: [
      { text: 'Did you not read the confirmation email?', becomes: null },
      { text: 'Have you tried reading the FAQ?', becomes: null },
      { text: 'Surely you saw the sign?', becomes: null },
    ],
    pass: [
      'Have you tried restarting the app?',
      'Did you receive our confirmation email?',
      'Have you read our guide? Here is the link, and I am happy to walk you through it.',
    ],
    paraphrases: {
      flag: [
        'Did you soak the seeds overnight like the packet says?',
        'Have you been descaling it every month as the manual says?',
        'Did you even check the size chart before ordering?',
        'Did you read the terms before you booked?',
        'Did you follow the care card we included?',
        'Was the tent pegged properly before the wind picked up?',
        'Were you honest about the mileage on the form?',
        'Did you tell the installer about the old pipework?',
        'Could it be that your card has expired?',
        'Maybe you stored it somewhere damp?',
        'Have you actually looked at the instructions that came in the box?',
        'Surely you got the reminder we sent?',
        'Did you plug it in like it says in the manual?',
        'Are you using the cream as directed?',
        'Did you not realise that the sale ended on Sunday?',
        'Did you even bother to open the letter?',
        'Have you considered reading our guidelines first?',
        'Did you follow the assembly instructions?',
        'Did you double check the address you typed?',
        'Were the plants watered daily as the label says?',
        "Wouldn't it have been simpler to call us first?",
        'Did you charge the scooter overnight first?',
        'Did you rinse the filter beforehand?',
        'Did you measure the window before ordering?',
        'Did you put the cheese in the fridge immediately on arrival?',
        'Were the tyres checked properly before the trip?',
        'Surely your son was told to keep the wristband on?',
        'Would you really expect us to refund a jacket that has been worn all winter?',
        'Do you honestly think we would cover a phone that was dropped in the sea?',
        'Surely you do not expect a full refund after using it for a month?',
        'Can you seriously expect the engineer to come out on Christmas Day?',
      ],
      pass: [
        'Did you manage to set it up like the guide says? If not, I am happy to talk you through it.',
        'Did you get the parcel I sent on Monday?',
        'Was the engineer polite when he came round?',
        'Were you happy with the new room?',
        'Could it be delivered to your work instead?',
        'Maybe you would like a window seat next time?',
        'Did you want me to call before coming round?',
        'Did you receive the code I sent first thing this morning?',
        'Did you manage to get home before the storm?',
        'Were the staff friendly when you arrived?',
        'Did you find the parking easily?',
        'Surely we can sort this out today, so I have booked you in for 3pm.',
        'Did you get a chance to try the new code?',
        'Have you tried clearing the cache? That fixes it for most people.',
        'Did you see my email from Tuesday? I have attached it again in case it went astray.',
        'Are you using the iPhone or the Android app?',
        'Did you know you can now pause your plan for a month?',
        'Did you check your spam folder? Sometimes the code lands there.',
        'Have you had a chance to read my notes?',
        'Did you enjoy the tour?',
        'Would it be easier if I called you?',
        'Did you double the recipe for the party?',
        'Would you expect us to call before the driver sets off?',
        'Do you think the blue one would suit better?',
        'Do you honestly think the green one suits the room better? I would love your view.',
        'I really did not expect the delay either, and I am sorry.',
      ],
    },
  },
});
