import { defineRule } from '../define';
import { ACTS_NEXT, HAND_OFF_WITH_A_TIME } from '../hand-off-exemptions';

/** Said as what a party does, in the present: "…are decided by head office", "…are given by the finance department". */
const DONE_BY = '(are|is) #Adverb? #PastTense up? (and #PastTense)? by (the|our|a|an)? (#Adjective|#Value)? #Noun?';
/** Who the work is said to belong to: another company, a partner or another part of ours (split: pattern length). */
const PARTIES = [
  '(partner|partners|supplier|suppliers|vendor|vendors)',
  '(provider|providers|contractor|contractors|subcontractor)',
  '(courier|couriers|carrier|carriers|operator|operators)',
  '(manufacturer|agency|insurer|insurers|lab|landlord)',
  '(office|company|firm|network|platform)',
  '(warehouse|department|board)',
  '(team|marketplace|processor|authority|airport|council)',
];
/** The party as the subject (without the words a reply uses for its own people: "our team handles it"). */
const DOES = '(handles|manages|deals with|decides|sets|runs)';

/**
 * The work handed to another team or party, said as what THEY do ("billing decide these", "the warehouse will check and
 * decide", "your claim will be investigated by our Fraud Operations team", "I've flagged your email to the events
 * manager"), with no time and nobody of ours following it. Split from not-my-department (pack limit on patterns);
 * the hand-off is fine once it names when or the agent says what they will do next.
 */
export default defineRule({
  id: 'left-with-another-team',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  title: 'The work left with another team',
  description:
    'Says what another team or party will do, with no time and nobody of ours on it: "billing decide these", "your appeal will be considered by the Appeals Panel", "Infra team is investigating".',
  message: 'Ownership: saying another team has it, with no time, leaves the customer waiting on strangers; say who of yours follows it and when.',
  patterns: [
    '(be|is|are|being) #Adverb? (made|produced|generated|raised|appointed|set|cancelled|managed|arranged|carried out) (and #PastTense)? by (our|the|their) .',
    '(is|are) being #Adverb? (handled|dealt with|processed|reviewed|investigated|looked at|managed) by (our|the|their|a|an) .',
    '(i|we) (have|had)? #Adverb? (popped|dropped|sent|raised|logged) (a|an) .? (note|message|request|ticket|job|check) (across|over)? (to|with) (them|the|their)',
    // Passive, the doer named by "by": "Your fraud claim will be investigated by our Fraud Operations team".
    // Present or future only: "was issued by our Leeds branch" reports work done.
    '(be|is|are) #Adverb? (done|issued|reviewed|investigated|considered|amended|upheld|decided|actioned) by (our|the|their) .',
    '(be|is|are) #Adverb? (checked|handled|processed|assessed|approved|looked at|dealt with|picked up) by (our|the|their) .',
    // Active, the other team doing it: "Returns go to our warehouse team who check them", "billing team decide these".
    // A process described ("orders go through our warehouse in Leeds") is not a hand-off; a case sent to a team is.
    '(go|goes|get sent|gets sent|are sent|is sent|are passed|is passed) on? to (our|the|their) (team|department|insurer|insurers|underwriters|partner|contractor)',
    '(go|goes|are sent|is sent|are passed|is passed) on? to (our|the|their) #Noun (team|department|partner|contractor)',
    '(team|teams|department|billing|depot|warehouse|panel|infra|devs) (decide|decides|handle|handles) (these|those|this|that|them|it)',
    // Only the bare report: "Infra team is investigating." (an outage reply that goes on to say more is left to under-review).
    '(team|department|infra|engineering|devs|developers|ops) (is|are) #Adverb? investigating$',
    // Somebody else knows, and that is all: "Engineers are aware.", "IT is aware and looking into it."
    '^#AtMention? (the|our)? (engineers|infra|engineering|devs|developers|ops|it|techs) (is|are) #Adverb? (aware|on it|working on it|looking into it)$',
    '(engineers|infra|engineering|devs|developers|ops|it|techs) (is|are) #Adverb? aware and (looking into it|working on it|investigating)',
    // Someone else's next step, with no time: "After warehouse receive the item, they will check and decide".
    '(they|he|she|the #Noun|the #Noun #Noun|our #Noun #Noun) will #Adverb? (check and decide|decide|assess it|review it|look at it and decide)',
    // Passed on by us, said in the first person: "We've passed your email to billing", "I've flagged your email to the events manager".
    // Feedback and ideas passed on are fine ("I've passed that on to the mapping team"); the customer's own case is not.
    '(i|we) (have|had)? #Adverb? (passed|flagged|forwarded|referred|escalated) (your|the|this|that) #Noun? (email|message|query|complaint|case|claim) on? to',
    // Escalated to a tier or a queue: "it's been escalated to L2", "it has been raised with second line".
    '(has|have|is|was|been) #Adverb? (escalated|raised|passed|referred) (to|with) (l2|l3|tier 2|tier 3|second line|third line|the backend|engineering|the devs)',
    // Only the go-between's part is ours (session 27): "the depot manager looks after quality, I only do the chat".
    '(i|we) (only|just) (do|handle|take|answer|cover) the (chat|chats|bookings|phones|calls|emails|inbox|social|sales|front desk)$',
    // Session 29 (issue #10): the same hand-off told as a standing arrangement, in any verb ("Plates are engraved by a
    // third-party supplier", "Our cleaning contractor handles all the linen", "Accounts deal with credit notes"): the verb
    // lists above generalised to any participle in the present said of a party, and to the party as the subject.
    ...PARTIES.map((party) => `${DONE_BY} ${party}`),
    `^(our|the|their|a|an)? #Adjective? #Noun? (partner|supplier|vendor|provider|contractor|landlord) ${DOES}`,
    `^(our|the|their|a|an)? #Adjective? #Noun? (courier|carrier|operator|manufacturer|insurer|agency|board) ${DOES}`,
    '^(accounts|billing|finance|payroll|logistics|legal|dispatch) (handle|handles|deal with|deals with|decide|decides|manage|manages)',
    // Session 40 (aimO40): the case said to be sitting with another team, as where it is rather than what they do:
    // "Your application is currently with our Drivers Medical team", "the ticket is open and with the facilities vendor",
    // "pending with the hardware team", "it's more than likely just sitting with them".
    '(is|are|remains) #Adverb? (still|open and)? #Adverb? with (our|the|their) .{0,3} (team|department|vendor|partner|panel|unit|restaurant|desk|office|insurer|lab)',
    '(pending|sitting|stuck|queued) #Adverb? (with|by) (our|the|their) .{0,2} (team|department|dept|vendor|partner|office|desk|supplier|insurer|lab|courier|bank)',
    '(pending|sitting|stuck|queued) #Adverb? (with|by) them$',
  ],
  // Passing it on is the habit here, so only an explicit next step of the agent's or a time lets it through.
  unless: [...ACTS_NEXT, ...HAND_OFF_WITH_A_TIME, "(and|so) (i|i'll|i will|i've|i have) #Adverb? (make|keep|personally|also|check|chase|call|ring|email|update|let)", 'our own',
    // A person with a team is where they are, not a case left there: "She is with our design team".
    '(i|he|she|son|daughter|child|children|#Person|#FirstName) (am|is|are) #Adverb? with',
    // Praise passed on to the colleague it was for is no work left with anyone: "I've passed your message on to Femi,
    // and it's made his week".
    '(made|makes|make|brightened|brighten) (his|her|their|our|everyone|the) #Noun? (day|week|morning|month|year)',
    '(thanks|compliment|compliments|kind words|lovely words|praise|kind note) (on)? to'],
  rewrites: [],
  advice: 'Say who of yours follows it and when ("I\'ve asked our fraud team to call you by Friday, and I\'ll check in on Thursday").',
  examples: {
    flag: [
      { text: 'Your fraud claim will be investigated by our Fraud Operations team.', becomes: null },
      { text: 'Returns go to our warehouse team who check them.', becomes: null },
    ],
    pass: ['Your refund was approved by our finance team this morning and reaches your card within 2 days.'],
    paraphrases: {
      flag: [
        'The chef looks after the menu, I only do the bookings.',
        'Honestly we just answer the phones.',
        "I've passed your message on to the relevant team.",
        'Our engineers are on it.',
        'The devs are aware and working on it.',
        '@mo_p Engineers are looking into it.',
        'Compensation decisions are made by the regional office.',
        'Honestly, your replacement card is produced and posted by our card partner.',
        'Your complaint is being dealt with by the complaints unit.',
        "I've dropped a quick note over to the warehouse.",
        'We have raised a repair job with the housing association.',
        'A surveyor will be appointed by the insurer.',
        'Your appeal will be considered by the Appeals Panel.',
        'The billing team decide these.',
        'Infra team is investigating.',
        'After warehouse receive the item, they will check and decide.',
        "We've passed your email to billing.",
        "I've flagged your email to the events manager and someone will get back to you.",
        "It's been escalated to L2.",
        'Damage claims go to our insurer.',
        'Claims decisions are decided by our Authorization Department.',
        'Delivery slots are booked by our logistics partner.',
        'Seat upgrades are decided by head office.',
        'Meter readings are taken by the network operator.',
        'Spare parts are shipped by the manufacturer directly.',
        'Refund approvals are given by the finance department.',
        'Invoices are generated and sent by an external provider.',
        'Our cleaning contractor handles all the linen.',
        'Our courier partner manages every delivery after dispatch.',
        'The landlord decides these things, not the agency.',
        'Billing deals with refunds, not the shop floor.',
      ],
      pass: [
        "I only do the bookings, but I've asked the chef and she'll email you by 5pm today.",
        "Thank you for the lovely note — I've passed it on to Tomasz, and it made his day.",
        "I've passed your kind words on to the night team.",
        'Engineers are working on it and it should be fixed by Thursday evening.',
        'Our engineers are aware and will have it fixed by 6pm today.',
        "I'm aware of it and I'm working on it myself right now.",
        'Engineers are working on your street today.',
        'Your refund was made by our finance team this morning and reaches your card within 2 days.',
        "I've dropped a note to the warehouse and I'll call you at 4pm with what they say.",
        'The cake is made by our own bakers every morning.',
        'Your complaint is being handled by me, and I will call you tomorrow at 10am.',
        'We have raised a repair job with the housing association, and they are coming on Tuesday at 9am.',
        'Your new keys are produced by our locksmith today and I will bring them round at 5pm.',
        "I've passed your email to billing and I'll call you by 4pm with their answer.",
        'Anu from the fraud team will call you by Friday.',
        'Our engineers are on it now and expect the site back within 20 minutes.',
        'I was helped by the team at your Leeds branch, who found the parcel.',
        'This was caused by our update, and I have rolled it back.',
        'The staff will contact you tomorrow morning to book the visit.',
        'I made the change myself, so nothing else is needed.',
        'Our rooms are cleaned by a local company, and I have asked them to come back to yours at 3pm today.',
        'Parcels are collected by the courier between 2 and 4pm, so it should reach you tomorrow.',
        "The team decides the next step and I'll call you at 4pm today.",
        'The venue is lovely and the catering is run by our own chefs.',
        'Our team handles it from here and I will call you on Friday.',
      ],
    },
  },
});
