import { defineRule } from '../define';

export default defineRule({
  id: 'its-your-responsibility',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "It is your responsibility" sounds like a telling-off; a polite request gets the same thing done.',
  patterns: [
    '^it is your (own|sole)? (responsibility|duty|obligation|job) to [<action>#Verb *]',
    "^(you are|you're) (solely|fully|entirely)? (responsible|liable|accountable) for [<action>#Gerund *]",
    "^(you are|you're) (obliged|obligated|required|expected) to [<action>#Verb *]",
    'it is #Adverb? your (own|sole)? (responsibility|duty|obligation|job|problem) to? #Verb?',
    'you (are|were|remain) #Adverb? (solely|fully|entirely|ultimately)? (responsible|liable|accountable) (for|to)',
    "(that|this|it) is (your|the customer's) (responsibility|problem|issue|job)",
    '(the|this) (responsibility|onus) (is|lies|rests|falls) (with|on) you',
    // Any tense, chat spelling, and "on you": "It was your job to check", "its your responsibility", "That's on you".
    '(it|its) (is|was)? #Adverb? your (own|sole)? (responsibility|duty|obligation|job) to',
    '(that|this|it) is #Adverb? on you',
    '(a|an) (you|your) (problem|issue)',
    // "It's up to your admins to deprovision users who have left."
    '(it|its) (is|was)? (entirely|totally|completely|solely)? up to (you|your #Noun+) to .',
    // The burden named, said of any customer (session 29): "the onus is on the grower to…", "it is incumbent upon the client
    // to…", and the blunt "that's on you, not us".
    '(the|this) (responsibility|onus|burden) (is|lies|rests|falls) (with|on|upon) (the|each|every|all|any) #Adjective? #Noun',
    'incumbent (upon|on) (you|the|each|every|all|any) #Noun? to #Verb',
    'on you (not|rather than|and not) (us|me|the team)',
  ],
  advice: 'Ask for what you need, kindly, and say why it helps them.',
  unless: [
    '(none|no part|nothing) of (this|it|that)',
    'i am (responsible|accountable)',
    '(not|never) your (responsibility|problem|fault)','not (responsible|liable|required|expected|obliged)'],
  // A duty with its basis or deadline stays a duty, said as the team's need ("We ask you to…" would make it a request the
  // customer may decline: the safety net refuses it there); a duty without one becomes the team's ask (the engine
  // refuses "We'll need you to…" there). "Could you…?" would turn a condition of a charge or a claim into a favour.
  rewrites: ["We'll need you to {action|infinitive}.", 'We ask you to {action|infinitive}.'],
  examples: {
    flag: [
      { text: "It's your responsibility to keep your password safe.", becomes: 'We ask you to keep your password safe.' },
      { text: 'You are responsible for returning the item within 30 days.', becomes: "We'll need you to return the item within 30 days." },
      { text: 'You are required to show ID at the desk.', becomes: "We'll need you to show ID at the desk." },
    ],
    pass: [
      "You're not responsible for the return postage, we'll cover it.",
      "I'm responsible for your account from now on, so write to me directly.",
      "You aren't required to do anything else.",
    ],
    paraphrases: {
      flag: [
        'Keeping your PIN safe is your responsibility, and it is your responsibility to report a lost card.',
        'Honestly, you are fully responsible for any charges on the account.',
        "I'm afraid that's your responsibility.",
        'The onus is on you to check the booking details.',
        'You remain liable for all payments until the contract ends.',
        'It is ultimately your job to update the app.',
        'It was your job to check the address.',
        'its your responsibility to make sure the details match.',
        "That's on you, I'm afraid.",
        'This is a you problem.',
        'It is up to your admins to deprovision users who have left.',
        'It is entirely up to you to back up your files.',
      ],
      pass: [
        "None of this is your responsibility, and I've sorted it.",
        "I'm responsible for your case now, so write to me directly.",
        "You're not liable for the fraudulent charges.",
        'We take full responsibility for the damage.',
        'The courier is responsible for the delay, and I have chased them.',
        "It's not your fault at all.",
        'It is our job to check the address, and we missed it.',
        "This one's on us, no charge.",
        'It is not your responsibility to chase the courier.',
        "It's up to you which date you pick, both are free.",
        "It's up to us to fix this, and I have started.",
      ],
    },
  },
});
