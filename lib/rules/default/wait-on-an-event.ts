import { defineRule } from '../define';

export default defineRule({
  id: 'wait-on-an-event',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  title: 'A wait tied to an event with no date',
  description:
    'The customer\'s wait pinned to something only we can see, with no date: "once things calm down", "when the next load lands", "after the holidays", "when the backlog clears", "when stock allows", "at the next team meeting", "once production has space".',
  message: 'Urgency: "once things calm down" or "when the stock lands" gives the customer no date; say when that is likely to be, and when you will check.',
  patterns: [
    // A quieter time: "once things calm down", "when things settle".
    '(once|when|until|after) things #Adverb? (calm|calms|quieten|quietens|quiet|settle|settles|slow|slows|die|dies|ease|eases) (down|off)?',
    // Goods that have not come in: "when the next load lands", "as soon as the parts turn up", "once the container arrives".
    '(when|once|as soon as|until|after) (the|our|a|an|any|new|more)? next? (stock|part|parts|shipment|container|load|spares) (lands|land|arrives|arrive|arrived|turns up|turn up|comes in|come in|gets in|get in)',
    // Room in someone's diary or stock: "when stock allows", "once production has space", "as capacity permits".
    // (Session 41: one pattern with the diary's "if the schedule allows", to make room for the active step below.)
    '(when|once|as soon as|as|until|if) (the|our)? (stock|capacity|production|workshop|factory|workload|staffing|diary|schedule|time|availability|calendar|rota) (allows|permits|has space|has room|frees up)',
    '(subject to|depending on|depends on|dependent on) (our|the)? (capacity|workload|demand|volumes|resources|staffing)$',
    // After a season or a holiday: "Jumps will be rescheduled after the holidays."
    '(will|may|might|could|should|can|able to) .{1,8} (in|after|over) the (new year|holidays|holiday season|festive season|festive period|busy season|break|rush)$',
    '(will|may|might|could|should|can) .{1,8} after the #Noun season$',
    // A backlog or a busy spell that has to end first: "when the winter backlog clears".
    '(when|once|until|after) (the|our) #Adjective? #Noun? (backlog|queue|rush|peak|season) (clears|clear|eases|is cleared|is over|ends|passes|dies down)',
    // Someone less busy: "when he is less busy", "once the team is not so stretched".
    '(when|once|until) (he|she|they|someone|somebody|the #Noun+|our #Noun+) (is|are|gets|get) #Adverb? (less|not so|not as) (busy|stretched|swamped)',
    // The next meeting or run, with no date: "will be reviewed at the next venue meeting", "with the next batch".
    '(at|in|with|on) (the|our|its|their) next #Adjective? #Noun? (meeting|batch|run|round|review|sitting|cycle)$',
    // Hearing back first: "once we hear back from the insurer".
    '(once|when|as soon as|after) (we|they) (have)? #Adverb? (heard|hear) (back)? from (the|our|their|a) #Noun+',
    // Told nearer the time: "Your seat number will be sent closer to the date."
    '(will|shall) (receive|get|hear|be sent|be given|be told|be confirmed|be emailed) .{0,4} (nearer|closer) (to)? the (time|date|day|event)$',
    // A step someone else must finish first, with no date: "once scanning has commenced", "when reviewer reports are received".
    '(when|once|as soon as|until) (the|our|your)? #Adjective? #Noun+ (has|have|is|are) (been)? (commenced|started|completed|received|inspected)$',
    '(when|once|as soon as|until) (traced|located|found|approved|received|processed|completed|released|available)$',
    // A free slot, whenever it comes: "when an earlier date becomes available".
    '(when|once|as soon as|if|until) (an|a|the|one) .{0,2} (becomes|comes|frees|free) (available|free|up)',
    // A passive promise hung on a step with no date: "The ashes will be sent out when they have been processed",
    // "You will be contacted once it arrives", "Funds will be released upon completion of the review".
    // (Session 37: any verb of the step, "Refund will be initiated once the airline confirms the same"; and the step put
    // first, "Once the document is returned it will be dispatched to you".)
    '(will|shall) be #Adverb? (#PastTense|#Participle) (#Particle|back|out)? (once|when|after) (the|your)? #Noun+ (has|have|is|are|arrives|comes|#PresentTense)',
    '^(once|when|after) all? (the|your|our)? #Adjective? #Noun+ (has|have|is|are) been? (#Verb|#Adjective) .{0,8} (will|shall) be #Adverb? (#PastTense|#Participle)',
    '(will|shall) be #Adverb? (#PastTense|#Participle) (#Particle|back|out|over)? (upon|on|after|following) (completion|receipt|approval|release|conclusion) of',
    // The same promise with its receiver named, or hung on a bare state: "will be sent back to you once they have been
    // resoled", "You will be notified once complete".
    '(will|shall) be #Adverb? (#PastTense|#Participle) (back|out)? to (you|your #Noun) (once|when|after) (it|they|the #Noun+) (has|have|is|are|arrive|arrives)',
    '(will|shall) be #Adverb? (#PastTense|#Participle) .{0,5} (once|when|after|upon) (complete|completed|done|finished|ready|approved|confirmed|processed|reviewed)$',
    // Session 40: the step said in the perfect passive, wherever it stands: "Once these have been received, the file will
    // be progressed", "You will receive confirmation once payment has been authorised".
    '(once|as soon as) !(you|has|have|once){1,5} (has|have) been (received|processed|approved|authorised|reviewed|assessed|verified|completed)',
    // The step as a bare participle heading the sentence: "Once received, payment will be made…", "Once lodged, you will…".
    '^(once|upon|as soon as) (received|reviewed|processed|approved|confirmed|verified|lodged|completed|assessed|authorised|authorized)',
    // Our reply hung on their step, either order: "We will revert once the piece reaches QC", "I'll come back to you when
    // I hear from the supplier", "Once everything ok we will inform you".
    '(will|shall) #Adverb? (revert|investigate|attend|get back to you|come back to you|let you know) (either way)? (once|as soon as) (we|they|the #Noun+|#Noun+)',
    '(will|shall) (come back to you|get back to you|revert) when (we|i|they|he|she|the #Noun+) #Adverb? (hear|have|get|receive)',
    '^(once|as soon as) !(we|they|you|i){1,4} (we|they) (will|shall) (revert|inform you|update you|notify you|contact you|get back to you)',
    // Goods or dates with no article becoming free, or a booking made by someone else: "once parts are available",
    // "once new dates are available", "once an appointment is booked".
    'as and when (we|they|he|she) (have|get|receive|hear) (them|it|any|news|more|updates|something)',
    '(when|once|as soon as|until) #Adjective? #Plural (are|become) #Adverb? (available|free)',
    '(once|as soon as|when) (an|a|the|your) #Noun+ (is|are|has been|have been) #Adverb? (booked|scheduled|arranged|allocated|assigned)$',
    // Only if it turns up, or if the diary allows: "If the aids are found they will be returned", "if the diary allows".
    '^if (the|your|any) #Noun+ (is|are) #Adverb? (found|located|traced|recovered) .{0,3} (will|shall|would)',
    // Session 41: a step someone else must finish, said in the active voice: "after the builders finish the works",
    // "once the insurer has inspected the damage". Present or perfect only: "when the engineer checked it, he found…" is
    // what happened, not a wait.
    '(once|when|after|until|as soon as) (the|our|their) #Noun+ (completes|finishes|assesses|inspects|approves|reviews|checks|confirms|processes|clears|releases|signs off|signs|sorts|complete|finish|assess|inspect|approve|review|check|confirm|process|sign off)',
    '(once|when|after|until|as soon as) (the|our|their) #Noun+ (has|have) #Adverb? (completed|finished|assessed|inspected|approved|reviewed|checked|confirmed|processed|cleared|released|signed off|signed|sorted)',
  ],
  unless: [
    '(when|once|as soon as|until) you',
    '(if|whenever) you (would|want|wish|need|feel|like)',
    '(#WeekDay|#Month|#Time)',
    '(by|on|before) #Date',
    '(today|tonight|tomorrow|within|same day)',
    '#Value (minutes|hours|days|weeks|working days|business days)',
    'i (will|am going to|\'ll) #Adverb? (ring|call|email|text|message|update|check|chase|let you know)',
    '(enjoy|happy|merry|good|great|lovely) .{0,2} (holidays|break|season|new year)',
    // The customer's own step, then what they do next: "Once the form has been signed, please post it back to us."
    'please #Verb (it|them|this|the #Noun)? (back|to us)',
    // The agent's own word as what the customer gets: "…you will get a text from me."
    '#Noun from me',
    // A check whose outcome decides, not a step to wait for: "once the surgeon confirms your vision meets the standard",
    // "once the warehouse checks it is sealed" (session 41).
    '(confirms|confirm|checks|check|confirmed|checked) that? (it|they|your #Noun+|the #Noun+) (is|are|meets|meet|was|were|has|have)',
    // The event is one they are told of, with what the message carries (session 42): "When the courier checks in at the
    // depot, you'll get a text with your slot". A notice with nothing named in it ("you will get an update", "you will be
    // notified", review 42: "…with the details") still flags.
    'you (will|\'ll|can)? #Adverb? (get|receive) (a|an) #Noun? (text|email|e-mail|message|sms|call|letter|notification|alert) (with|giving|confirming|showing) (your|the|a|an) #Adjective? (#Noun && !update && !updates && !news && !information && !info && !details && !detail && !status && !progress)',
  ],
  rewrites: [],
  advice: 'Put a likely date on the event ("the next delivery is due on 20 May") and say when you will check on it yourself.',
  templates: [{ text: ", and I'll check on it by {when} and update you", at: 'end' }],
  examples: {
    flag: [
      { text: 'We will send someone once things calm down.', becomes: null },
      { text: 'Your bales will go out when the next load lands from the farm.', becomes: null },
      { text: 'Jumps will be rescheduled after the holidays.', becomes: null },
    ],
    pass: [
      'When the stock lands on Tuesday, your order goes out the same day.',
      'I will ring you as soon as I hear back from the insurer, and by Friday at the latest.',
      'Enjoy the holidays, and your new card is already on its way.',
    ],
    paraphrases: {
      flag: [
        'Your new kitchen will be fitted once production has been completed.',
        'We will book the repair as soon as new stock arrives.',
        'The claim will be settled when the assessor reports are received.',
        'Your luggage will be returned once located.',
        'We will call you if a cancellation slot becomes available.',
        'Refunds are issued once the returned goods have been inspected.',
        'Until things ease off, new orders are on hold.',
        'We can look at a refund when things settle down.',
        'Your amp will be finished when the parts turn up.',
        'Once the container arrives, orders go out in sequence.',
        'Reprints can be made when stock allows.',
        'A reprint can be arranged once production has space.',
        'Repairs are booked depending on demand.',
        'We may be able to offer a partial refund after the holidays.',
        'A surveyor will be allocated when the winter backlog clears.',
        'The manager will call once she is less busy.',
        'Your comments will be reviewed at the next venue meeting.',
        'Your certificate will be posted with the next batch.',
        'We should be able to confirm once we hear back from the insurer.',
        'Your seat number will be sent closer to the date.',
        'The cottage can be repainted after the busy season.',
        'Your passport will be posted back once the visa has been issued.',
        'The deposit will be returned after the inspection is complete.',
        'Any refund will be issued upon receipt of the goods.',
        'If the keys are located, they will be sent to you.',
        'We can fit a second visit in if the rota allows.',
        'You will be notified when your order is ready.',
        'Your boots will be sent back to you once they have been resoled.',
        'The permit will be issued to your agent when it is signed off.',
        'You will be notified once complete.',
        'The corrected invoice will be sent out once approved.',
        'Your keys will be handed back after finished.',
        'Photos will be uploaded to the portal when done.',
        'Once the documents have been verified, your account will be reopened.',
        'You will get the voucher code once your claim has been approved.',
        'The team will revert once the supplier confirms stock.',
        'Once received, your deposit goes back to the card you paid with.',
        'Replacement filters will be sent as and when we get them.',
        'We will come back to you when we hear from the manufacturer.',
        'The fitter will attend once panels are available.',
      ],
      pass: [
        'Your passport will be posted back once the visa has been issued, which I expect by Friday.',
        'You can fly again once the consultant confirms your ear has healed.',
        'The deposit will be returned within 3 days of the inspection.',
        'It will be ready when you arrive.',
        'If the keys are located, I will call you myself today.',
        'I will ring you once the engineer has finished, by 4pm at the latest.',
        'If you have time, let me know how the new filter works.',
        'I will post it as soon as new stock arrives on Tuesday.',
        'Once your refund has been processed, you will get a text from me.',
        'I will ring you tomorrow when the report has been received.',
        'Once you have signed, the loan is released within 2 hours.',
        'When a date becomes available this week I will book it and call you today.',
        'We will call you when things calm down on Friday morning.',
        'When the stock lands on Tuesday, your order goes out the same day.',
        'The next batch goes out on 12 March, and yours is in it.',
        'Once your parcel arrives, check the seal before you sign.',
        'If you would like help with the form, I can go through it with you when things settle.',
        'Enjoy the holidays, and your new card is already on its way.',
        'I will ring you as soon as I hear back from the insurer.',
        'The parts arrived this morning, and the engineer is fitting them now.',
        'The next meeting is on 4 June, and your complaint is first on the list.',
        'After the holidays I am moving you to the new plan, as you asked, on 6 January.',
        'When you are less busy, give me a ring and we can go through it.',
        'Your boots will be sent back to you once they have been resoled, by Friday at the latest.',
        'Your results will be emailed to you when they are ready, usually within 2 days.',
        'I will email you once it is complete.',
        'The corrected invoice was sent out once approved, on 3 May.',
        'You will be notified once complete, and I will ring you today as well.',
        'Your keys will be handed back to you when you arrive.',
        'Once the documents have been verified, I will reopen your account by noon today.',
        'I will come back to you when I hear from the manufacturer, and on Thursday either way.',
        'We will revert once the supplier confirms, by 3pm tomorrow at the latest.',
        'As and when you need more filters, just reply here.',
        'Once you have been approved, the card arrives within 5 working days.',
        'The panels are available now, and the fitter is booked for Monday.',
        'Once the form has been signed, please post it back to us.',
        "Once received, I'll process your refund the same day and text you when it's done.",
        "When the courier checks in at the depot, you'll get a text with your slot.",
      ],
    },
  },
});
