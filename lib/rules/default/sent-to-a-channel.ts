import { ANSWERED_AFTER_POINTER, ANSWERED_BESIDE_POINTER } from '../answered-beside-pointer';
import { defineRule } from '../define';

/**
 * The customer sent to another channel or place as the answer, by any verb and to any channel: "DM us.", "Drop us a
 * message on the website", "For disputes head to Help > Report in the app", "Raise it with the courier via their
 * site", "details on the club website", "there's a video on our Insta highlights". The shape is the errand (a
 * contact verb, a filing verb or a place named as where the answer lives), not the wording of one channel, so a
 * channel nobody wrote here yet (a noticeboard, a bio link, a help bubble) is caught too. Issue #10, session 23.
 */
export default defineRule({
  id: 'sent-to-a-channel',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'suggestion',
  title: 'Sent to another channel',
  description:
    'Sends the customer to another channel, page or place as the whole answer: "DM us.", "For anything else message the app.", "Dates are on our site."',
  message: 'Interaction: sending them to another channel or page, with nothing else, hands the work back; help here, or say what you will do once they get there.',
  patterns: [
    // A contact order to us and nothing more: "DM us.", "Please email us.", "DM the office for a credit", "Send us a DM".
    '^(please|pls|kindly|just)? (dm|pm|inbox|email|e-mail|message) (us|the office|the team|our team|the desk|support)',
    '^(please|pls|kindly|just)? (send|drop|shoot) us (a|an) (dm|pm|message|line|note|email|e-mail)',
    // A topic handed to an address: "Any complaints to info@example.com".
    '^(any|all) #Adjective? #Noun{1,2} (to|via) (#Email|#Url)',
    '^(any|all) #Adjective? #Noun{1,2} (to|via) #Noun$',
    // A topic fronted, then the errand: "For anything else message the app", "For disputes head to Help in the app".
    '^for (anything|everything|all|any) (else|other)? (queries|questions|issues)? (please|pls|kindly)? (visit|see|head to|go to|go through|message|dm|email)',
    // The tagger reads the topic's words as anything ("parts", "tips" as verbs), so the topic is one to three words of any kind.
    '^for . (please|pls|kindly)? (visit|head to|head over to|message|dm|email|raise|refer|go through|upgrade)',
    '^for . . (please|pls|kindly)? (visit|head to|head over to|message|dm|email|raise|refer|go through|upgrade)',
    '^for . . . (please|pls|kindly)? (visit|head to|head over to|message|dm|email|raise|refer|go through|upgrade)',
    // An errand done through a channel: "raise a ticket via merchant portal", "Raise it with Royal Mail via their site".
    '(raise|report|submit|log|book|rebook|re-book|request|file) .{0,4} (via|through|thru) (the|our|their|a)? #Adjective? #Noun{0,2} (app|portal|site|website)',
    '(raise|report|submit|log|book|rebook|re-book|request|file) .{0,4} (via|through|thru) (the|our|their|a)? #Noun{0,2} (system|hub|console|store)',
    '(drop|open|upload|message|change|claim|appeal|dispute) .{0,4} (via|through|thru) (the|our|your|their|a)? #Noun{0,2} (app|portal|site|website|system|hub|store)',
    '(you|u) (can|could|may|have to|need to|gotta|must|can to) (report|raise|submit|log|book|change) (it|this|that)? (in|on|through|via) the (app|web|website|portal)',
    // Where the answer lives instead of the answer: "details on the club website", "Dates are on the calendar on our site".
    '^(#Adjective|#Gerund)? #Noun? (details|dates|times|prices|forms|form|timetable|schedule) (is|are)? (on|in|at) (our|the|their) #Noun{0,2} (website|site|page)',
    '^(#Adjective|#Gerund)? #Noun? (details|dates|times|prices|forms|form|timetable|schedule|tips) (is|are)? (on|in|at) (our|the|their) #Noun{0,2} (kiosk|calendar)',
    '(link|links|form|forms) (is|are)? (in|on) (our|the) (bio|profile|highlights)',
    "(there is|there's|there are) (a|an|some)? (video|videos|guide|post|tutorial|reel) (on|in) (our|the) #Noun{0,2} (highlights|channel|page|website|feed)",
    '(watch|see|check out|check) (the|our) (video|videos|tutorial|tutorials|reels|highlights) (on|in) (our|the) #Noun{0,2} (channel|page|account|feed|site|website)',
    '^(see|visit|check) (the|our)? (website|site|app|faq|faqs|page) for',
    // Session 24: an e-mail to an address found elsewhere ("Pop an email to the address on the locker door"), a search
    // engine as the answer ("Google it if you're unsure"), a knowledge-base article by its number ("please reference KB
    // article #2204", "pls refer to KB-2231"), and a group or board as where the answer lives ("The schedule is on the
    // WhatsApp group").
    '^(please|pls|kindly|just)? (pop|drop|send|fire|shoot) (an|a) (email|e-mail|message|line|note) (to|at) (the|this) #Adjective? (address|email|inbox|mailbox)',
    '^(please|pls|just|simply)? (google|search|look up) (it|that|this|them)',
    '(refer to|reference|see|check|read|follow) (the|our)? (kb|knowledge base|help centre|help center) (article)? (#Value|#NumericValue)',
    '^(the|our)? #Noun+ (is|are) #Adverb? (on|in) (the|our) #ProperNoun? #Noun? (group|groupchat|channel|noticeboard|server|forum)$',
    // Published somewhere else: "Restoration times are published on their website", "The schedule is posted on the noticeboard".
    '(is|are) #Adverb? (published|posted|listed|displayed) (on|in|at) (our|the|their|each) #Noun{0,2} (website|site|page|noticeboard|feed|channel|calendar)',
  ],
  unless: [
    // The detail they DM is what the agent needs for a deed named in the same sentence: "DM us your order # and a pic and
    // we'll ship a new armrest". A promise to look, see, review or pass it on is no deed and still flags.
    "(and|then) (i|we) ('ll|will) #Adverb? (#Verb && !look && !see && !get && !review && !be && !forward && !escalate && !pass && !contact && !try && !advise)",
    // The agent does something too: "DM us your order number and I'll refund it today", "I've put the link in our bio".
    "(i|we) ('ll|will|can|would|could) #Adverb? (sort|fix|book|send|check|refund|arrange|replace|call|ring|reply|update|chase|change|confirm)",
    "(i|we) ('ll|will|can|would|could) #Adverb? (set|get|waive|cover|pay|add|reserve|hold|find|pick|take|make|swap|text|walk|talk|help|pass)",
    "(i|we) ('ll|will|can|would|could) #Adverb? (extend|track|trace|restore|dig|look at|go over|credit|issue|rebook|resend|assist|further assist)",
    "(i|we) (have|'ve|had) #Adverb? #Verb",
    '(happy|glad|pleased) to',
    'let (me|us) (know|check|help|sort)',
    // A fallback after help, not the answer: "DM us if it's not back by then", "…if you haven't heard by then".
    'if .{0,4} not',
    // Pointed to as well as answered, or as a choice: "It's also on our site", "if you'd prefer".
    '(also|too|as well)',
    'if you (prefer|would prefer|would rather|rather|like|would like)',
    '(by then|together|for you|with you|anytime|any time)',
    'if you (need|have) (anything|any|more)',
    // A fallback if the help given does not work: "DM us if you get stuck", "email us if you run into any trouble".
    'if you (get|are|feel|end up)? (stuck|lost|confused|unsure)',
    'if you (have|run into|hit) (any)? (trouble|problems|issues|difficulty)',
    // An offer of more, or a pointer to more after an answer: "DM us if we can further assist you", "For more information, please visit…".
    'if (we|i) can',
    '^for (more|additional|further|full) (information|info|details|help)',
    // Where or how to reach them, asked in private for a deed already promised ("a courier will bring it to your hotel
    // tonight. DM us the room number"): a private detail kept off the public thread, not the answer sent elsewhere.
    // An order or case number, or "the details", still flags when it is all there is. A name for a list the reply already
    // put them on ("you and a friend are on free entry. DM us your name and the date") is such a detail too.
    '(dm|pm|message|email) (us|me) (your|the) (#Adjective|home|delivery|hotel|mobile|contact|phone)? (address|postcode|zip|eircode|room number|number|name|names)',
    ...ANSWERED_BESIDE_POINTER,
  ],
  unlessNext: ANSWERED_AFTER_POINTER,
  rewrites: [],
  advice: 'Help here if you can; if the other channel is needed, do the first step for them or say what happens there and when ("DM me your order number and I\'ll check it this afternoon").',
  examples: {
    flag: [
      { text: 'DM us.', becomes: null },
      { text: 'For anything else message the help desk app.', becomes: null },
      { text: 'Opening times are on the calendar on our site.', becomes: null },
    ],
    pass: [
      "DM us your order number and I'll refund it today.",
      "I've put the link in our bio as well.",
      'The calendar is on the fridge.',
    ],
    paraphrases: {
      flag: [
        'Please email us.',
        'Drop us a line.',
        'Any refund queries to help@example.com',
        'For billing questions please visit billing.example.com.',
        'For anything else, head to the Help tab in the app.',
        'Please rebook a slot via the booking system.',
        'Log it through the tenant portal.',
        'You can report it in the app.',
        'Details on the school website.',
        'Prices are on the price list page.',
        "There's a guide on our Instagram highlights.",
        'Please watch the tutorials on our YouTube channel.',
        'See the website for the full terms.',
        'Closures are posted on the noticeboard.',
        'Drop an email to the address on the back of your card.',
        'Just google it.',
        'Please refer to KB article 1187 for the steps.',
        'The rota is on the Facebook group.',
        'DM us your order number.',
        'Please DM us the details.',
      ],
      pass: [
        "You and a friend are on free entry any night this month. DM us your name and the date 🙌",
        "DM us the order number and a photo and we'll send a new strap out today.",
        "Email us a photo and I'll send a new one today.",
        'Just DM us if you need anything else.',
        "If you'd prefer, you can also book it in the app.",
        'For the refund, I have already sent it to your card.',
        "I'll post the dates on our site tonight and text you the link.",
        'Your parcel is on its way via the Leeds depot.',
        "We're happy to go through the form with you on the phone.",
        'The details are all below, and I have booked you in for Tuesday.',
        "Pop an email to me and I'll sort it today.",
        'I googled it for you, and the part number is 44-B.',
        'Our chef is in the kitchen.',
        'DM us your address ^KB',
        'Please DM us the room number.',
        'DM me your delivery address.',
        'Forms are on our website, and you only need your order number.',
      ],
    },
  },
});
