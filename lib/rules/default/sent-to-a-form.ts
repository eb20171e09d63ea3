import { ANSWERED_AFTER_POINTER, ANSWERED_BESIDE_POINTER } from '../answered-beside-pointer';
import { defineRule } from '../define';

/**
 * The customer sent off to a form, a portal or an article instead of being helped here: "Save issues go through the bug
 * report form on our site", "Link is on our website", "a Change of Circumstances form, which you can download from our
 * website", "This is documented in the Webhooks reference".
 */
export default defineRule({
  id: 'sent-to-a-form',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'suggestion',
  title: 'Sent off to a form or an article',
  description:
    'Points the customer to a form, portal or article to do it themselves: "fill in the form on our website", "link is on our website", "this is documented in the API reference".',
  message: 'Interaction: sending them to a form or an article hands the work back; send the link yourself, fill in what you can, or answer here.',
  patterns: [
    '(go|goes|must go|need to go|needs to go|have to go|has to go) (through|via) the .{0,2} (form|portal|app|website|site)',
    '(form|article|guide|link) (is|are) #Adverb? (linked in|linked on|available on|linked|on|in) (our|the) (website|site|help center|help centre|faq|portal)',
    '(which|that) you can (fill in|fill out|download|find|print|get|complete) (from|on|at|in) (our|the) (website|site|help center|help centre|portal|app)',
    '(through|via|using) the (form|link) (linked|provided|available) (in|on|below|above)',
    '(use|fill in|fill out|fill|complete|submit) (the|our) .{0,2} form (on|via|through|in|at) (our|the|your)',
    '(this|that|it) is #Adverb? (documented|covered|described|explained) in (the|our) .{0,3} (reference|docs|documentation|guide|article|manual|handbook|runbook)',
    '(see|read|check) the (article|guide|doc|post|link) (linked|attached) (below|above|here)',
    // Sent to raise it somewhere else: "Please submit a dispute via the app", "Compensation claims can be submitted via our website".
    '(submit|raise|open|log|file) a (dispute|claim|complaint|request|ticket|report|case) (via|through|in|using) (the|our) (app|website|site|portal|form)',
    // Any filing sent to a channel: "You may wish to submit a formal representation via the online portal."
    '(submit|raise|open|log|file|make|lodge) (a|an) #Adjective? #Noun (via|through|using) (the|our) #Adjective? #Noun? (app|website|site|portal|form)',
    // A bare pointer as the whole answer: "Please rebook online.", "Please report it via FixMyStreet."
    '^(please|kindly) (rebook|book|report|reapply|apply|register|complain|resubmit) (it|this|them)? (online|via #ProperNoun|through #ProperNoun)$',
    '^(please|kindly) #Adverb? (complete|fill in|fill out) form',
    '#Noun? form (is|are|has been) #Adverb? (attached|enclosed) for #Adjective? (completion|signature)',
    "(you are|you're) #Adverb? (welcome|free) to (submit|complete|fill in|fill out|use|send) (a|the|our) .{0,4} form",
    // The customer sent to do it themselves in the app or portal: "You can book an engineer through the self-service portal", "u gotta report it in the app".
    '(you|u) (can|have to|need to|must) (report|book|raise|log|submit|request) .{0,2} (through|thru|via|in|on) (the|our) #Noun{0,2} (app|portal|console|website)',
    // The same as a bare instruction: "Please rebook via the customer app", "Please upload the documents in the Verification Centre".
    '^(please|kindly) (rebook|book|report|upload|re-upload|submit|raise|log) .{0,4} (via|through|in|on) (the|our) #Adjective? #Noun{0,2} (app|portal|hub|website)',
    // Sent to an inbox or a number: "Aftercare enquiries should be directed to aftercare@example.com".
    '(should|must|need to|have to|can) #Adverb? be (directed|sent|addressed|emailed|forwarded) to (#Email|#Url|#PhoneNumber)',
    // Handed a form to fill in: "Please complete our Adverse Reaction Form and our team will review your submission".
    '^please #Adverb? (complete|fill in|fill out|submit) (the|our|a|an) #Adjective? #Noun{0,3} form',
    // A filing rule that names the channel instead of helping: "Disputes must be raised through the Studio interface",
    // "Claims must be submitted via the returns form within 48 hours", "Refunds can only be requested within the app".
    '(must|should|can only|may only|need to) be #Adverb? (submitted|raised|reported|made|lodged|booked|requested) (via|through|using|within|in|on) (the|our|your)',
    // The same with a time limit between: "Missed sessions must be reported within 24 hours via the form".
    '(must|should|need to) be (submitted|raised|reported|lodged|logged) .{1,4} (via|through) (the|our|your) #Adjective? #Noun{0,2} (app|portal|form|website)',
  ],
  unless: [
    "(i|we) (have|had|will|'ll|'ve) #Adverb? (attached|sent|filled|completed|linked|added|pre-filled)",
    '(happy|glad) to',
    // Going through it together: "Either of them can go through the consent form with you".
    'with you',
    // Pointed to as well as answered: "It's also covered in the export guide".
    '(also|too|as well)',
    // The short answer given anyway: "It's all explained in the welcome guide, but in short…".
    '(but|in short|briefly)',
    'for you',
    // The agent takes it from there, or gives the steps here as well.
    "(and|then) (i will|i'll|i can) #Adverb? #Verb",
    "(here is|here are|here's|these steps|the steps are)",
    '(or just|whichever|either way)',
    'if you (prefer|like|would like|would rather|want|rather)',
    'or (i|we) (can|will|could)',
    ...ANSWERED_BESIDE_POINTER,
  ],
  unlessNext: ANSWERED_AFTER_POINTER,
  rewrites: [],
  advice: 'Put the link or the form in the reply, fill in what you already know, or give the answer here ("Here\'s the one step you need…").',
  examples: {
    flag: [
      { text: 'Save issues go through the bug report form on our site.', becomes: null },
      { text: 'Link is on our website.', becomes: null },
    ],
    pass: ["I've attached the form with your details filled in, so you only need to sign it."],
    paraphrases: {
      flag: [
        "You may wish to submit a formal representation via the online portal.",
        "Please rebook online.",
        "Please report it via FixMyStreet.",
        "Please complete form NNDR-7 and return it to us.",
        "A claim form is attached for completion.",
        "You can lodge an appeal through the council website.",
        'Please use the contact form in our app.',
        'You are welcome to complete a complaint form.',
        'Kindly use our online form on the website for any refunds.',
        'Please submit a dispute via the app under Account, Ride History.',
        'To close your account we need a completed form (CT7), which you can download from our website.',
        'You may submit a counter-notice through the form linked in our Help Center.',
        'For wrong item you must to fill the return form in your account page.',
        'Fill in the form on our website.',
        'This is documented in the Webhooks reference.',
        'The form is linked in our help center under Account ownership.',
        'Please see the article linked below.',
        'You can report the fault through the tenant app.',
        'u can report it in the app',
        'You will need to raise a dispute via our website.',
        'You must request a callback in the customer portal.',
        'You have to raise a complaint through our website.',
        'You must book the collection on our website.',
        "Please rebook via the customer app.",
        "Kindly upload your payslips in the documents hub.",
        "Please raise a return through our online portal.",
        "Please complete the incident report form.",
        "Queries about invoices should be sent to accounts@example.com.",
        "Complaints must be addressed to complaints@example.com.",
        'Disputes must be raised through the YouTube Studio interface.',
        'Missing items must be reported via the app.',
        'Refunds for late orders can only be requested within the app under Help.',
        'Any changes need to be made through your online account.',
        'Claims should be lodged using the returns portal within 14 days.',
        'Appointments may only be booked on our website.',
        'Kindly re-upload the required documents via the Client Portal.',
        'Missed sessions must be reported within 24 hours via the form.',
        'Faults need to be logged before noon through the tenant portal.',
      ],
      pass: [
        "I'll submit a claim via the portal for you today.",
        "I have rebooked you online for Friday at 9am.",
        "The form is attached, and I have filled in your details already.",
        "Please rebook online or reply here and I'll do it for you.",
        "You're welcome to call me instead of using the form.",
        "I've filled in the claim form for you, so you only need to sign it.",
        "You're free to use the form or just reply here, whichever is easier.",
        "I've raised a dispute for you in our system, so there's nothing to submit.",
        "I've linked the form below and filled in your order number.",
        'The form is only two questions, and I am happy to fill it in with you on the phone.',
        'Our website has the new opening hours, and the shop is open till 6 today.',
        'I have sent the claim through the form for you, so there is nothing for you to do.',
        'You can track the parcel in the app, and I will message you when it lands.',
        'The link in your email takes you straight to the new booking.',
        'Either of them can go through the consent form with you.',
        "It's also covered in the export guide, and I can jump on a call if anything looks different.",
        'You can book it in the app if you prefer, or I can do it now.',
        "I've booked the engineer through the portal, and you'll get a text.",
        'You can see the new date in the app.',
        'You can now pay in the app as well.',
        'You need to do nothing else; the refund is on its way.',
        'Could you book a slot that suits you? I have opened Tuesday and Wednesday in the app for you.',
        "Please complete the form and I'll book you in as soon as it arrives.",
        "I've rebooked you myself, so there's nothing to do in the app.",
        "Please upload the photos here in this chat and I'll check them now.",
        "Your invoice was sent to accounts@example.com this morning.",
        "I've filled in the report form for you already.",
        'I have raised the dispute through the Studio interface for you, so there is nothing to fill in.',
        'Missing items can be reported here in the chat, and I will send them today.',
        'The refund will be made via bank transfer on Friday.',
        'Changes can be made through your online account, or I can make them for you now if you like.',
        'The claim was lodged yesterday and I will call you with the result on Monday.',
        'You must be so tired of chasing this.',
        'Please amend anything else you like, and I will update the booking for you.',
        "Your meter reading can be submitted any time, and I have added today's for you.",
        "The form is on our website, and you'll need your policy number to fill it in.",
      ],
    },
  },
});
