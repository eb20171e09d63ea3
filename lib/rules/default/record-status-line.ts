import { defineRule } from '../define';

/**
 * The customer's case, order or file reported as a system status ("Your case has been updated", "Your vehicle is
 * under process", "Ticket #4821 raised."): a line written for the ticketing tool, with nobody doing anything in it.
 * Only the agent knows what was done and what comes next, so this gives advice without a rewording.
 */
export default defineRule({
  id: 'record-status-line',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'suggestion',
  message: 'Interaction: a status line about their case or order reads like the ticketing system talking; say what you did and what happens next.',
  patterns: [
    // "Your case has been updated (accordingly | to reflect …)", "Your request to cancel has been actioned."
    '[<thing>(your|the) #Noun? (case|ticket|file|request|query|application)] (has|have) been #Adverb? [<verb>(updated|raised|opened)] (accordingly|to reflect *)?$',
    // "Actioned" reports nothing done even with more after it: "Your request has been actioned and a ticket raised."
    '(your|the) #Noun? (case|ticket|file|request|query|application) (has|have) been #Adverb? actioned',
    '[<thing>(your|the) #Noun? (booking|order|claim|complaint|record|account|matter)] (has|have) been #Adverb? [<verb>updated] (accordingly|to reflect *)?$',
    '(your|the) #Noun? (booking|order|claim|complaint|record|account|matter) (has|have) been #Adverb? actioned (accordingly)?$',
    '^your (request|application|instruction) to #Verb #Noun? (has|have) been #Adverb? (actioned|updated|raised|logged)$',
    // A state with no one in it: "your booking is in queue", "Your vehicle is awaiting parts", "Your application remains under consideration".
    '(your|the) #Noun+ (is|remains) #Adverb? (in queue|in the queue|under process|under consideration|in progress|on hold|being processed|pending)$',
    '(your|the) #Noun+ (is|remains) #Adverb? (awaiting|pending) #Adjective? #Noun{1,2}$',
    // Bare tool lines: "Ticket #48213 raised.", "Ticket status: Pending", "Status: Awaiting approval", "The status of your parcel is: HELD".
    '^(ticket|case|incident|request|job) #Value? (raised|created|opened|logged|updated|assigned|escalated|pending)$',
    '^(ticket|case|order|request|claim|job)? status (pending|open|awaiting|on hold|in progress|escalated|assigned|updated|#ProperNoun)',
    // Any record's status label: "Your claim status is: Awaiting Parts", "Consignment status: Trunked to hub".
    '^(your|the)? #Noun status is? (pending|open|awaiting|on hold|in progress|escalated|assigned|#ProperNoun)',
    '^the (current)? status of your #Noun{1,2} is',
    // A reference number as the news: "Your complaint has been allocated reference CR-55102", "quote your reference in all correspondence".
    '(has|have) been #Adverb? (allocated|assigned|given|issued) (a|the)? #Noun? (reference|ref|ticket|case) (number|no)?',
    '(quote|use|include) (your|the|this) #Noun? (reference|ref|ticket|case) (number|no)? .{0,4} (in|on) (all|any) #Adjective? (correspondence|communication|contact)',
    // The receipt and a promise of processing with no one and no time: "Your request has been received and will be
    // processed (in due order)", "Your claim has been registered and will be dealt with in turn".
    '(has|have) been #Adverb? (received|logged|registered) and will be #Adverb? (processed|dealt with|handled|reviewed) (in due order|in due course|shortly)?$',
    // What the system did to the record, in the system's words: "The claim has been merged with your original job
    // ticket", "the ticket was merged into INC-5530", "Your job has been re-queued", "has been moved to Stage 3".
    '(has been|have been|was|were) #Adverb? (merged|consolidated) (into|with) (your|the|an|a|another)? #Adjective? #Noun? (ticket|case|incident|job|claim|#Value)',
    '(has been|have been|was|were) #Adverb? (re-queued|requeued|re-routed|rerouted|reassigned|re-assigned|re-prioritised|reprioritised|re-triaged)',
    '(has been|have been|was|were) #Adverb? (moved|transferred|set|changed|progressed) (to|into) (stage|phase|step|status|tier|level|queue|the queue|bucket) #Value?',
    // The record's state in place of news: "Your order remains live on our system", "Your case is open on our system".
    '(your|the) #Noun+ (is|remains) #Adverb? (live|active|open|logged|showing|pending) (on|in) (our|the) (system|systems|records|database|queue)$',
    // The system's category for what happened: "The missed visit has been logged as an incident on the rostering system",
    // the record sent back along the chain: "Your referral has been returned to the referrer", and a bare reference line.
    '(has been|have been|was|were|is) #Adverb? (logged|recorded|registered|flagged|classed) as (a|an) #Adjective? #Noun? (incident|ticket|case)',
    '(has been|have been|was|were) #Adverb? (returned|sent back|referred back) to (the|your) (referrer|sender|originator|requester|practice|surgery)',
    '^(ref|reference|case ref|ticket ref|your ref|ref no|case no|ticket no|case number|ticket number) (#Acronym|#Value|#Hyphenated) #Value?$',
    // The queue and a promise of processing: "Your request is currently in the queue and will be processed in order".
    '#Noun+ (is|remains) #Adverb? (in the queue|in our queue|on the list|on the waiting list) and will be #Adverb? (processed|dealt with|handled|allocated)',
  ],
  unless: [
    '(i|we) (have|\'ve|will|\'ll|am|can|just) #Adverb? #Verb',
    '(and|so|but) (i|we|it|you|this|that|the|your|our) (will|should|can|\'ll|is|are|arrives|leaves|ships)',
  ],
  // Only the update itself can be said in the first person; what comes next is the agent's to add.
  rewrites: ["I've {verb} {thing|lower}"],
  advice: 'Say it as a person: what you did and when they will hear next, e.g. "I\'ve added your photos to your case and I\'ll reply by Friday."',
  examples: {
    flag: [
      { text: 'Your case has been updated accordingly.', becomes: "I've updated your case." },
      { text: 'Your vehicle is awaiting parts.', becomes: null },
      { text: 'Your case has been updated to reflect the information provided.', becomes: null },
    ],
    pass: [
      "I've updated your case with the photos, and I'll call you by Friday with the engineer's answer.",
      'Your order is awaiting dispatch, and it will reach you on Thursday.',
    ],
    paraphrases: {
      flag: [
        "Your complaint has been allocated reference CR-55102.",
        "Your case has been assigned ticket number 4471.",
        "Please quote your claim reference in all future correspondence.",
        "Use this case number on any communication with us.",
        "Your claim status is: Awaiting Parts.",
        "Consignment status: Trunked to hub.",
        "Your request has been actioned and a fault ticket raised with the carrier.",
        "The application status is Pending.",
        'Your file has been updated accordingly.',
        'Your request to cancel has been actioned.',
        'Your booking is in queue.',
        'The application remains under consideration.',
        'Your order is currently awaiting pharmacist approval.',
        'Ticket #48213 raised.',
        'Ticket status: Pending',
        'The status of your parcel is: held.',
        'Your claim is currently on hold.',
        'Your repair is being processed.',
        "Dear customer, your booking is in queue.",
        "Sir, your vehicle is under process.",
        'Your request has been received and will be processed in due order.',
        'The form has been logged and will be reviewed shortly.',
        'Your warranty claim has been registered and will be handled shortly.',
        'The damage claim has been merged with your original job ticket.',
        'FYI the ticket was merged into INC-5530.',
        'Your job has been re-queued at standard priority.',
        'Your application has been moved to stage 3 (assessment).',
        'Your order remains live on our system.',
        'The repair is still open in our records.',
        'The missed visit has been logged as an incident on the rostering system.',
        'Your referral has been returned to the referrer.',
        'The form was sent back to the practice.',
        'Ticket no 55102.',
        'Case ref 4471.',
        'Please quote your claim reference CLM-2291-44 in all future correspondence.',
        'Your request is currently in the queue and will be processed in order.',
        'Your referral is on the waiting list and will be allocated in order of priority.',
      ],
      pass: [
        "I have allocated you a parking space near the door.",
        "Your reference is on the confirmation email, and I've added it below too.",
        "The engineer has been assigned to your street and arrives at 10am.",
        "Your order status shows it left the depot this morning, and it reaches you tomorrow.",
        "I checked the status of your refund, and it lands on Friday.",
        "The request has been actioned, so I will call you tomorrow with the result.",
        'I have updated your booking to Tuesday at 3pm.',
        'Your order has been updated to the larger size, and it ships tomorrow.',
        'Your refund has been processed and reaches your card by Friday.',
        'Is your order still on hold?',
        'Your application is in great shape, and I have sent it to the panel today.',
        'The status page shows the outage is over.',
        'Your parcel is on its way and arrives on Monday.',
        'Your vehicle is ready to collect from 3pm today.',
        'Your request has been received and will be processed by Sam before 4pm today.',
        'I merged the two tickets so you only get one set of emails, and I will reply by noon.',
        'The two parcels have been combined into one delivery, which arrives on Friday.',
        'Your booking has been moved to Tuesday at 10am, as you asked.',
        'Your website is live on our new server and loads twice as fast.',
        'Our tasting room remains open on bank holidays.',
        'I have logged it as an urgent fault, and the engineer comes at 9am tomorrow.',
        "I've returned the parcel to the sender for you and the refund lands Friday.",
        'Your reference is 4471, and I will call you at 3pm today.',
        'The reference letter was sent to your new employer this morning.',
        "Your request is in the queue, and I'll make sure it is answered by 5pm today.",
        'Your name is on the list and I will call you when a place opens.',
      ],
    },
  },
});
