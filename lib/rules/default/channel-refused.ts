import { defineRule } from '../define';
import { OFFER_INSTEAD_NEXT } from '../offer-instead';

/**
 * The channel the customer chose, refused: said not to be read or staffed ("Phone messages are not monitored during the
 * season", "Emails to this mailbox are not actioned"), not to handle this ("We do not process refunds on social media",
 * "Staffing issues are not discussed via chat", "Chat can't cancel bookings"), fenced off for other matters ("This inbox
 * is for membership queries only") or closed ("DM is closed today"). Split from `turned-away` in session 24 (issue #10),
 * which neared the 30-pattern cap: that rule keeps further contact discouraged and the customer sent away from this
 * desk; this one the channel itself refused, matched by its grammar (a channel as the subject of a negated verb of
 * reading or handling, or a handling verb negated with the channel after it) rather than by one channel's name.
 */
export default defineRule({
  id: 'channel-refused',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'suggestion',
  title: 'The channel refused',
  description:
    'Refuses help on the channel the customer chose, or says it is not read: "We do not process refunds on social media.", "Phone messages are not monitored.", "This inbox is for membership queries only."',
  message: 'Interaction: telling them this channel is not read or not for this turns them away from the conversation they started; help here, or hand it over yourself.',
  patterns: [
    // Moved from turned-away (session 24).
    '(dms|messages|emails|this inbox|this mailbox|this account|social media|this chat|chat|this channel) (are|is) not #Adverb? (monitored|checked|used|read) for',
    '(dms|messages|emails|inbox|mailbox|account|channel|line) (are|is) (not|no longer|never) #Adverb? (monitored|staffed|checked|answered|manned)$',
    '(we|i|it) (are|am|is)? (can not|unable to|not able to|not possible to) (#Verb|#Gerund) .{0,5} (on|via|over|by|through) .? (chat|phone|email)',
    '(we|i) (are|am)? (can not|unable to|not able to|do not|will not) (be)? (#Verb|#Gerund) .{0,5} (on|via|over) (social media|twitter|facebook|instagram|dms|here)$',
    '(can not|unable to|not able to|do not) (deal with|process|consider|accept|action) .{0,5} (sent|submitted|received) (by|via|over|on) (email|phone|chat)',
    '(we|i) (do not|will not) be? (respond to|reply to|deal with|handle|handling|discuss|process|take) .{0,4} (on|via|over|by|through) .? (chat|phone|email)',
    '(this|the|our) (inbox|mailbox|address|account|line|number|chat|channel) (does not|do not|can not|is not able to) (deal with|handle|process|accept|cover)',
    '(rather than|instead of) (by|via|through|over) (email|phone|chat|social media|twitter|dm)',
    '^(this|our|the) #Adjective? #Noun? (chat|inbox|mailbox|line|number|account|channel|page|desk) (is|are) #Adverb? (reserved|used)? for .{1,5} only$',
    '^(this|our|the) #Adjective? #Noun? (chat|inbox|mailbox|line|number|channel|page|desk|portal) (is|are) #Adverb? (only|solely|strictly) (for|used for) .',
    '(is|are) (not|never) #Adverb? (monitored|staffed|checked) (at|on|over|outside) (weekends|the weekend|evenings|nights|holidays|office hours)',
    // A channel, by any noun, said not to be read or handled: "Phone messages are not monitored during the season",
    // "Emails to this mailbox are not actioned", "Telephone lines are not staffed".
    '(messages|emails|calls|lines|dms|texts|voicemails|inbox|mailbox|comments) .{0,5} (are|is) (not|never) #Adverb? (monitored|staffed|actioned|answered|read)',
    // A matter not handled through this channel: "Staffing issues are not discussed via chat", "Refunds are not
    // processed over the phone", "Management will not be responding to complaints on social media".
    '(are|is) not #Adverb? (discussed|handled|dealt with|processed|answered|actioned) (via|on|over|by|through) (the|live)? (chat|phone|email|social media|dms)',
    '(will not|do not|can not) be? #Adverb? (responding|replying|respond|reply|discuss|process) .{0,4} (on|via|over|through) (social media|facebook|chat|dms)',
    // Our "do not" with the channel mid-sentence: "We do not process refunds on social media."
    '(we|management|staff) (do not|will not|can not) #Adverb? (process|discuss|handle|action|issue|cancel|refund) .{0,4} (on|via|over) (social media|chat|dm|dms)',
    // The channel as the subject that cannot: "Chat can't cancel PCNs", "This inbox cannot issue refunds".
    '^(chat|live chat|this chat|the chat|webchat|social media|this inbox|this mailbox|this page|phone) (can not|is unable to|is not able to) #Verb',
    // Asked not to use this channel for it: "Please do not contact us via chat for urgent issues", "Please do not chase
    // the surgery by social media".
    '(do not|never) (contact|chase|message|email|call|dm|tag) (us|the #Noun|our #Noun) (via|by|on|over|through) (chat|live chat|social media|dm|dms|email|phone)',
    // The channel closed: "DM is closed today", "Our chat is offline".
    '^(dm|dms|chat|live chat|webchat|our chat|the chat|our inbox|our dms|the phone line|phone lines) (is|are) #Adverb? (closed|offline|unavailable|not available)',
    // Told to take it somewhere, not here: "bug reports go in #bug-reports on the Discord, not here".
    '(go|goes|belong|belongs|should go|need to go|have to go) (in|on|to|through|via|into) .{1,5} not here$',
  ],
  unless: [
    '(for your|to keep your) (safety|security|protection)',
    "(so|but|and) (i|i've|i have|i'll|i will|we've|we have|we'll|we will) #Adverb? #Verb",
    "^(i|we) (will|'ll) #Adverb? (reply|call|text|write|send|email|ring|message)",
    '(no need to|you do not need to|you will not need to)',
    // The channel open, not closed: "DMs are monitored around the clock", "…not as busy".
    '(around the clock|24/7|all weekend|any time|anytime|too|as well)',
    // A charge, not a refusal: "We do not charge for bookings made by phone".
    '(charge|charges|fee|fees|cost) (for|to)',
  ],
  // What the channel cannot do, followed at once by what we do offer ("We can't prescribe over chat, because the dentist
  // has to see the tooth. We do have an emergency slot at 2:40pm today."), is a no with its way forward, as for the other
  // refusal rules. Sent to another channel ("Please call us instead.") is not an offer.
  unlessNext: OFFER_INSTEAD_NEXT,
  rewrites: [],
  advice: 'Help on the channel they used, or hand it over yourself ("I\'ve passed this to the surgery, who will ring you by 4pm"), and keep the door open.',
  examples: {
    flag: [
      { text: 'We are unable to deal with billing queries on social media.', becomes: null },
      { text: 'Phone messages are not monitored during the holidays.', becomes: null },
      { text: 'Chat cannot cancel tickets.', becomes: null },
    ],
    pass: ["I can't share card details over chat for your safety, so I've sent you a secure link."],
    paraphrases: {
      flag: [
        'This mailbox does not handle complaints.',
        'Send any future questions through the portal instead of by email.',
        'We will not be handling refund requests through live chat.',
        "I'm unable to change bookings by phone.",
        "We don't take complaints over Facebook.",
        "DMs aren't monitored for support btw.",
        "You'd need to speak to your home club about a refund, we can't process those on chat.",
        'It is not possible to give update on phone.',
        'We are unable to consider evidence sent by email.',
        'This mailbox is no longer monitored.',
        'Our chat line is not staffed.',
        'This chat is for placement enquiries only.',
        'This inbox is for membership queries only.',
        'This mailbox is only used for order confirmations.',
        'This mailbox is not monitored at weekends.',
        'Messages are not checked outside office hours.',
        'Voicemails left on the weekend line are not actioned.',
        'Billing disputes are not dealt with over the phone.',
        'The owners will not be replying to reviews on Facebook.',
        'We do not issue refunds via DM.',
        'Live chat is unable to change delivery addresses.',
        'Please do not contact the depot by email for collections.',
        'Our DMs are closed for the bank holiday.',
        'Feature requests belong on the community forum, not here.',
        "We can't prescribe antibiotics over chat. Please call the surgery instead.",
        "We don't process refunds over chat. You can call us on 0300 123 4567.",
      ],
      pass: [
        'This chat will stay open while you check the router, so take your time.',
        "I'll reply by text rather than by email, since you're travelling.",
        'We do not charge for bookings made by phone.',
        "I can't change the seat by phone, but I've done it here for you.",
        "We don't charge for changes made through live chat.",
        "We can't process refunds on chat, so I've raised it with billing and I'll confirm by 5pm.",
        'We do take bookings over chat, so just tell me the date.',
        'Our DMs are open all weekend, so message us any time.',
        'The line is monitored around the clock, so call if it happens again.',
        'This offer is for new members only, and I have added it to your account.',
        'Our phone line is for emergencies only, so I have given you my direct number as well.',
        'This chat is for you, so ask me anything at all.',
        'The line is staffed at weekends too, so call whenever suits you.',
        'Your refund is not processed until the item is back, and I will email you the day it lands.',
        'Your parcel is not here yet, but the driver is ten minutes away.',
        "We can't prescribe antibiotics over chat, because the vet has to examine him. We do have an emergency slot at 4:15 today.",
        "We don't do refunds on social media. What I can do is refund you from here by DM in five minutes.",
      ],
    },
  },
});
