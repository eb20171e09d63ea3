import { defineRule } from '../define';

export default defineRule({
  id: 'do-not-reply',
  kind: 'phrase',
  principle: 'follow-through',
  severity: 'warning',
  message: 'Follow-through: "Do not reply to this email" closes the door on the customer; inviting a reply keeps the help going.',
  unless: [
    '(card|password|passcode|pin|cvv|bank details|account number|security code|one-time code|code)',
    'if (you)? (do not|never)',
    // The sentence itself says where a person reads the reply: "…from a no-reply address, so write to me here instead."
    'no reply (address|email|inbox) .{0,12} (write|reply|email|message) (to)? me (here|instead|directly)',
    // A safety warning about someone else's message: "Please do not respond to that text."
    '(do not|never) (reply|respond) to (that|those|these|any|such|the) (text|texts|sms|message|messages|email|emails|call|calls|caller|sender|number|link)',
    '(do not|never) (reply|respond) (and|but) (forward|report|delete|block)',
    '(do not|never) (reply|respond) to (them|it|him|her|the scammer|scammers)',
  ],
  patterns: [
    '(address|mailbox|inbox|email) is (only)? (for|used for) (outbound|outgoing|sending) (messages|emails|mail|notifications)? only?',
    '(please)? (do not|never) (reply|respond) (directly)? to this [<what>(email|e-mail|message|mail|address|ticket|notification)]',
    '^(please|kindly)? (do not|never) (reply|respond)',
    '(please|kindly) (do not|never) (reply|respond)',
    '(replies|responses) to this (email|message|address|mailbox|inbox) (will|are|is|cannot|can) not (be)? (read|answered|received|monitored|seen)',
    '(this|the|our) (email|message|address|inbox|mailbox) (does|cannot|can|will|is) not (accept|receive|take|monitored|checked) (replies|responses|emails)?',
    '(a|an|this) (noreply|unmonitored) (address|email|inbox|mailbox|account)',
    '(a|an|this|the) no reply (address|email|inbox|mailbox|account)',
    '(do not|never) (reply|respond) directly',
    // The door shut on the customer: "Please do not contact us again regarding this matter", "There is no point chasing us."
    '(please|kindly)? (do not|never) #Adverb? (contact|email|call|phone|write to|chase|message) us (again|further|any further|anymore|any more)',
    '(there is)? no point (in)? (contacting|emailing|calling|writing to|chasing) us (again|further|any further|about this)',
  ],
  rewrites: [],
  advice: 'Tell the customer where a person will read their reply: an address, a link or a phone number.',
  examples: {
    flag: [
      {
        text: 'Your feedback has been forwarded. Do not reply to this email.',
        becomes: null,
      },
      { text: "Please don't reply to this message.", becomes: null },
    ],
    pass: [
      'If anything else comes up, just reply to this email.',
      'Please never reply to this email with your card number, for your own safety.',
      "You don't need to reply to this email unless something looks wrong.",
      "The confirmation comes from a no-reply address, so if anything looks wrong, write to me here instead.",
    ],
    paraphrases: {
      flag: [
        'Kindly note this email address is for outbound messages only.',
        'This mailbox is used for outgoing mail only.',
        'Please do not reply, as this inbox is not monitored.',
        'Kindly do not respond to this notification.',
        'This address cannot receive replies.',
        'Replies to this email will not be read.',
        'Please note: do not reply directly to this message.',
        'This email was sent from a no-reply address.',
        "Please don't respond to this mail.",
        'Please do not contact us again regarding this matter.',
        'Kindly do not email us further about the refund.',
        'There is no point chasing us again, as this will not speed anything up.',
        'Do not call us any more about this claim.',
      ],
      pass: [
        'This address is for your invoices, and I have added your new one too.',
        'Just reply to this email and it comes straight to me.',
        'If you do not reply by Friday, I will call you instead.',
        'You do not have to reply to this message.',
        'Please never share your password by email.',
        'Feel free to reply here any time.',
        'I will reply to your email this afternoon.',
        'This text is not from us. Please do not respond to that text.',
        'Please do not respond and forward the messages to reportphish@example.com.',
        'If a caller asks for your PIN, do not respond to them.',
        "You don't need to contact us again: the refund reaches you on Friday.",
        "There's no need to contact us again, I've sorted it.",
        'Please contact us again if the fault comes back.',
        'If the card arrives, do not call us, just activate it in the app.',
      ],
    },
  },
});
