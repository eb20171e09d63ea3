import { defineRule } from '../define';

/**
 * The customer turned away from the conversation they started: help refused on the channel they chose ("we can't
 * process those on chat", "DMs aren't monitored for support") or further contact discouraged ("please do not open more
 * tickets, it will not make it faster", "Kindly do not call to office again and again").
 */
export default defineRule({
  id: 'turned-away',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'suggestion',
  title: 'Turning the customer away',
  description:
    'Refuses help on the channel the customer chose or asks them not to write or call again: "we can\'t process those on chat", "please do not open additional cases".',
  message: 'Interaction: refusing this channel, or asking them not to get in touch again, ends the conversation on the customer; help here, or hand over yourself.',
  patterns: [
    // The channel refused: "DMs aren't monitored for support", "This inbox is not used for complaints".
    '(dms|messages|emails|this inbox|this mailbox|this account|social media|this chat|chat|this channel) (are|is) not #Adverb? (monitored|checked|used|read) for',
    '(we|i|it) (are|am|is)? (can not|unable to|not able to|not possible to) (#Verb|#Gerund) .{0,5} (on|via|over|by|through) .? (chat|phone|email)',
    '(we|i) (are|am)? (can not|unable to|not able to|do not|will not) (be)? (#Verb|#Gerund) .{0,5} (on|via|over) (social media|twitter|facebook|instagram|dms|here)$',
    '(can not|unable to|not able to|do not) (deal with|process|consider|accept|action) .{0,5} (sent|submitted|received) (by|via|over|on) (email|phone|chat)',
    // Further contact discouraged: "please not to open more tickets", "Please do not telephone the office to chase".
    '(not to|do not|refrain from|avoid) (call|email|chase|contact|telephone|ring) .{0,3} (again|repeatedly)',
    '(not to|do not|refrain from|avoid) (open|raise|log|submit|create) .{0,2} (more|multiple|duplicate|additional|another|new) (tickets|cases|chats|requests|case)',
    '(refrain from|avoid) (calling|emailing|chasing|contacting|telephoning) .{0,3} (again|repeatedly)',
    '(refrain from|avoid) (opening|raising|logging) .{0,2} (more|multiple|duplicate|additional) (tickets|cases|chats|requests)',
    '(do not|refrain from|avoid) (telephone|telephoning|call|calling|ring|ringing|email|emailing) (us|the office|the team) to (chase|check|ask)',
    // Why they should not: "it will not make it faster", "as this may delay the review".
    '(it|this|that|which|chasing|calling) (will not|does not|do not|can not) (make it|make things) (any)? (faster|quicker)',
    '(it|this|that|which|chasing|calling) (will not|does not|do not|can not) speed (it|this|things|anything)? up',
    'as (this|that|it|doing so) (may|will|can|could|only)? #Adverb? (delay|delays|slow|slows) (the|your|our) (review|claim|process|processing|response|investigation)',
    // The same turning-away in other shapes: the matter closed to talk, daily chasing refused, tickets instead of help,
    // a channel that "does not deal with" it, a chat or status that closes the conversation.
    '(will|shall) not be #Adverb? (discussed|debated|reconsidered|revisited|entertained|corresponded on) (any)? further',
    '(refrain from|stop|avoid) (contacting|calling|emailing|messaging|chasing|ringing|phoning) (us|our #Noun|the #Noun) (daily|every day|so often|constantly)',
    '(rather than|instead of) (opening|raising|logging|submitting|creating) (a|new|more|another)? (ticket|tickets|case|cases|chats|requests|complaints)',
    '(we|i) (do not|will not) be? (respond to|reply to|deal with|handle|handling|discuss|discussing|process) .{0,4} (on|via|over|by|through) .? (chat|phone|email)',
    '(further|any further|future|any more) (emails|correspondence|messages|contact|calls|letters) .{0,4} will not (receive|get|change|be answered)',
    '(this|the|our) (inbox|mailbox|address|account|line|number|chat|channel) (does not|do not|can not|is not able to) (deal with|handle|process|accept|cover)',
    '(rather than|instead of) (by|via|through|over) (email|phone|chat|social media|twitter|dm)',
    '^(this|the)? (chat|conversation|session) will #Adverb? (now)? (be)? (close|closed|end|ended)',
    '^(ticket|case) status (set|changed|updated)? (to)? (pending|closed|resolved|on hold)',
  ],
  unless: [
    '(for your|to keep your) (safety|security|protection)',
    "(so|but|and) (i|i've|i have|i'll|i will) #Adverb? #Verb",
    'no need to',
    "(you|you'll) (do not|will not) (need|have) to",
    "^(i|we) (will|'ll) #Adverb? (reply|call|text|write|send|email|ring|message)",
  ],
  rewrites: [],
  advice: 'Help on the channel they used, or hand over yourself ("I\'ve passed this to our billing team, who will email you by Friday"), and keep the door open.',
  examples: {
    flag: [
      { text: 'We are unable to deal with billing queries on social media.', becomes: null },
      { text: 'Please do not open additional cases regarding this matter as this may delay the review.', becomes: null },
    ],
    pass: ["I can't share card details over chat for your safety, so I've sent you a secure link."],
    paraphrases: {
      flag: [
        'This conversation will now end.',
        'Chat will now be closed.',
        'Case status changed to resolved.',
        'Any further emails about this refund will not receive a reply.',
        'This mailbox does not handle complaints.',
        'Send any future questions through the portal instead of by email.',
        'We will not be handling refund requests through live chat.',
        "I'm unable to change bookings by phone.",
        "We don't take complaints over Facebook.",
        'Your complaint will not be reconsidered any further.',
        'Please stop calling the depot every day.',
        'Watch the status page for news rather than raising a ticket.',
        "Please don't create new cases for the same fault.",
        "DMs aren't monitored for support btw.",
        "You'd need to speak to your home club about a refund, we can't process those on chat.",
        'It is not possible to give update on phone.',
        'We are unable to consider evidence sent by email.',
        'Also please not to open more tickets for same issue, it will not make it faster.',
        'Kindly do not call to office again and again.',
        'Pls refrain from opening multiple chats.',
        'Please do not telephone the office to chase.',
      ],
      pass: [
        'This chat will stay open while you check the router, so take your time.',
        "The session ended early, so I've booked you a free one on Friday.",
        "Your case status shows pending because I'm waiting on the courier, and I'll update you Friday.",
        "Future emails will not be needed, as I've closed the account for you.",
        'This line does not charge for calls from mobiles.',
        "I'll reply by text rather than by email, since you're travelling.",
        'We do not charge for bookings made by phone.',
        "I can't change the seat by phone, but I've done it here for you.",
        "We don't charge for changes made through live chat.",
        "Please don't worry about calling us every day, that's what we're here for.",
        "I'll handle it here instead of opening a new ticket, so you keep one thread.",
        "There's no need to open a new case, I've added this to your existing one.",
        'No need to open more cases: I am keeping this one with me.',
        "Please don't worry about calling in before then.",
        'You can reply to this email or call us, whichever is easier.',
        "We can't process refunds on chat, so I've raised it with billing and I'll confirm by 5pm.",
        'If the fix does not work, reply here and I will call you.',
        'I have sent the form by email so you do not need to print anything.',
      ],
    },
  },
});
