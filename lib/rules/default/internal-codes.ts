import { defineRule } from '../define';

/**
 * Internal codes said to a customer: a sentence built of acronyms ("The EOB indicates the charges were applied under CPT
 * 99285", "the DNO approves the G99 application") or a clause number in place of what it says ("excluded under
 * Paragraph 7(c) of your Service Agreement", "as defined in Section 4.2 of your policy wording").
 */
export default defineRule({
  id: 'internal-codes',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  title: 'Internal codes and clause numbers',
  description:
    'Two or more acronyms in one sentence, or a clause number instead of what it says: "the EOB shows CPT 99285", "excluded under Paragraph 7(c)", "it says so in the T&Cs".',
  message: 'Plain language: codes, acronyms and clause numbers are our words, not the customer\'s; say what they mean for them.',
  patterns: [
    // Two acronyms in one sentence; common ones everybody reads (ID, UK, NHS…) are let through below.
    // Two side by side are usually one name in capitals (a statement descriptor), so a word must come between.
    '#Acronym .{1,8} #Acronym',
    // A clause number in place of what it says.
    '(under|per|breaching|breach of) (section|clause|paragraph|subsection|rule|article|exclusion|condition|schedule|endorsement) (#Value|#Noun)',
    '(section|clause|paragraph|article) #Value (of|in|under) (your|our|the) .{0,3} (policy|terms|agreement|contract|wording|conditions|handbook)',
    // The terms pointed at instead of explained: "it says so in the T&Cs", "as defined in your policy wording".
    // The place is left open after "so in the": the terms go by many names ("T&Cs", "small print", "fine print").
    '(it|this|that) (says|said|states|stated) so in (the|our|your) .',
    '(it|this|that) (says|states|is stated|is set out) in (the|our|your) (terms|small print|contract|agreement|policy)',
    'as (defined|set out|described|specified) in (the|our|your) .{0,3} (policy|terms|agreement|contract|wording|conditions|t&cs|handbook)',
    '(does|do|did) not (constitute|amount to) (a|an|any)? (formal|valid)? (authorisation|authorization|representation|representations|acceptance|admission|guarantee)',
    '(to|over|the|our|your|per|via|under|a) #Acronym (threshold|screening|notice|reconciliation|assertion|determination|queue|console|feed|matrix|hold|limit|files)',
    // One in-house abbreviation used as the reason: "processed as per TAT", "completed per POD", "pending RCA".
    '(as per|awaiting|pending) #Acronym',
    'per #Acronym$',
    // A support tier, a priority or an in-house code as a step of the process: "escalated to L2", "raised as a P2",
    // "authorised by L2", "you may escalate to the FOS", "open a P2 via the console", "file a PIR at the desk".
    '(escalated|escalate|raised|passed|referred|assigned|transferred) (it|this|that)? (to|with|as) (a|an|the|our)? (l1|l2|l3|p1|p2|p3|p4|sev1|sev2|#Acronym)',
    '(authorised|authorized|approved|signed off|actioned) by (a|an|the|our)? (l1|l2|l3|#Acronym)',
    '(open|raise|log|file|submit|create) (a|an) (p1|p2|p3|p4|sev1|sev2|#Acronym) (ticket|incident|request|report|form|case)?',
    // An abbreviation as the thing that decides, breaches or arrives: "no SLA breach was recorded",
    // "an RCA will be provided", "pending completion of EDD", "per the SOW", "until the CN23 is received".
    '(no|an|the|any|a) #Acronym (breach|breaches|violation|target|clock|refresh|incident|review) (was|is|has|will|were|are)?',
    '^(an|a|the) #Acronym (will|would|can|is|has) #Adverb? (be|been)? (provided|issued|raised|shared|sent|completed|carried out|conducted)',
    '(pending|awaiting|subject to|following) (completion|receipt|approval|sign-off|issue) of (a|an|the|your)? #Acronym',
    '(per|under|in line with|according to) (the|our|your) #Acronym$',
    // One in-house acronym as the subject or the thing: "SBRR is not applied automatically", "TTOs take priority",
    // "We have an HV fault", "on the host network MNO side", "register for the PSR".
    '^#Acronym (is|are|was|were|take|takes|took|has|have|will|cannot|can|must|require|requires)',
    '(a|an|the|our|your|their) #Adjective? #Noun? #Acronym (fault|faults|side|scheme|process|queue|backlog|outage|clearance|allocation|stage|dependency)',
    '(register|apply|qualify|sign up|enrol|enroll) (for|on|to) (the|a|an) #Acronym',
    '(raised|logged|opened|created|filed) (a|an) (p1|p2|p3|p4|sev1|sev2|sev3|priority 1|priority 2) (with|to|for|against)',
    // One in-house acronym where the customer has to act on it or read it as the answer: "please contact your HCP",
    // "the bond status shows FTA", "re-queued at standard TAT", "until the PO is raised", "via the RMA form".
    '(contact|call|ask|see|consult|email|phone|ring|speak to|speak with|talk to) (your|the|our) #Acronym$',
    '(shows|show|showing|says|reads|marked|marked as|flagged as|recorded as|coded as|logged as) (as)? #Acronym',
    '(at|on|per|under|within|outside) (our|the|your)? (standard|normal|usual|agreed|current) #Acronym',
    '(until|once|when|before|after) (the|your|a|an) #Acronym (is|are|has|was) #Adverb? (been)? (raised|issued|approved|received|signed|cleared|released)',
    '(via|through|using|on|in|under) (the|our|your) #Acronym (form|portal|process|system|requirements|checks|status|stage|team|desk)',
    // The acronym as the thing that happened to the case: "The SLA was breached", "your DPA has expired", "the RFI is pending".
    '^(the|your|our|this|an|a) #Acronym (is|are|was|has) #Adverb? (been)? (breached|missed|exceeded|triggered|overdue|expired|outstanding)',
    // An in-house stage or status given as the answer: "Your sample is at stage 3", "Account is in compliance hold
    // pending list hygiene", "Your order is in Pending DCV status".
    '(is|are) #Adverb? (at|in) (stage|phase|tier) #Value',
    '(in|on|under) #Adjective? #Noun{0,2} (hold|status) (pending|awaiting)',
    '(is|are) (in|at) #Adjective? #Noun{0,2} status$',
  ],
  unless: [
    // A step counted for the customer: "You're at step 3 of 4".
    '#Value of #Value',
    // Acronyms everybody knows, and an explanation given in the same sentence.
    '(id|uk|usa|eu|nhs|gp|pin|sms|pdf|faq|faqs|tv|pc|atm|vat|mot|ok|hr|ceo|usb|gps|dm|dms|url|tsa|cv|bbc|dvd|wifi|a&e|er|icu|diy|utc|gmt|bst|est|pst|cet)',
    '(dns|ssl|tls|api|csv|vpn|html|ios|hdmi|sim|iban|dob|jpg|png|dhl|ups|fedex|bt|ee|o2|hsbc|ikea|aws|usps|ssd|ram|cpu)',
    '(dvla|hmrc|irs|dmv|ni|tfl|dpd|evri|eta|ps|asap|ev|suv|rsvp|bbq|tv)',
    // Formats and sizes printed on the box: "HD or SD", "4K", "MP3", "GB".
    '(hd|sd|4k|8k|uhd|hdr|fps|mp3|mp4|gb|mb|tb|led|lcd|oled|qr|nfc)',
    // Policy words cited to say yes: "As set out in your policy, you're covered, so I've paid it".
    "(covered|entitled|eligible|so i|so i've|so i have)",
    // A keyword to text is a word to type, not jargon: "text PAC to 65075".
    '(text|send|reply|type) #Acronym to',
    '(that is|which is|which means|that means|meaning|stands for|short for)',
    '(#Money|#Value) per #Acronym',
  ],
  rewrites: [],
  advice: 'Say what the code or clause means for this customer in everyday words ("your insurer says this part is yours to pay").',
  examples: {
    flag: [
      { text: 'The EOB shows the charges went to your deductible under CPT 99285.', becomes: null },
      { text: 'Failures from lack of maintenance are excluded under Paragraph 7(c) of your Service Agreement.', becomes: null },
    ],
    pass: ['Your insurer paid their part, and the $2,340 left is your deductible for the year.'],
    paraphrases: {
      flag: [
        'The claim is in phase 2 now.',
        'The shipment is under customs hold awaiting release.',
        'Your payment is on a KYC hold for now.',
        'Speeds are reduced once you pass the FUP limit.',
        'New accounts go through a CDD screening first.',
        'Your SMETS1 meter has lost its WAN link to the DCC, so reads are estimated.',
        'The system cannot be energised until the DNO approves the G99 application and the MPAN is registered.',
        'Our line tests this morning show SNR margin degradation and high CRC error counts on your line.',
        'The condition is classed as pre-existing as defined in Section 4.2 of your policy wording.',
        'Cancellations have to be done in club, it says so in the T&Cs.',
        'Your account was closed for breaching section 4.2 of our bonus terms.',
        'Photographs submitted via email do not constitute formal representations.',
        'Your sample will be processed as per TAT.',
        'The delivery was completed per POD.',
        'The claim is pending QA sign-off.',
        'Your order is awaiting WMS release.',
        'Your refund is pending AML checks.',
        'The case is closed per SOP.',
        'Your fault was escalated to L2 yesterday.',
        'Refunds over £500 must be authorised by L2.',
        'We have raised this as a P2 for the platform team.',
        'If you are unhappy with this outcome you may escalate to the FOS.',
        'Please file a PIR at the arrivals desk before you leave.',
        'No SLA breach was recorded on your account.',
        'An RCA will be provided once the incident is closed.',
        'Access stays restricted pending completion of EDD.',
        'Extra days are billed under our MSA.',
        'CCR is applied at the end of each billing cycle.',
        'TTOs take priority over outpatient scripts.',
        'Your street has an HV fault on the cable.',
        'The delay is on the wholesale ISP side.',
        'You can register for the PSR on our website.',
        'I have raised a P2 with the network team.',
        'If the issue persists, please contact your HCP.',
        'The bond status shows FTA on the docket.',
        'Your job has been re-queued at standard TAT.',
        'We cannot give a date until the PO is raised.',
        'Returns must be sent using the RMA form.',
        'The SLA was breached on this ticket.',
        'The damage falls under exclusion 4(b).',
      ],
      pass: [
        "You're at phase 2 of 3, nearly there!",
        'Your parcel is on hold at the depot until you collect it.',
        'You can watch it in HD or SD from the settings menu.',
        'The TV plays 4K and HDR, and the file is an MP4 of about 2 GB.',
        "Scan the QR code at the gate and you're in.",
        "The PDF notice is attached, and I've highlighted the new price.",
        "There's no limit on how often you can call us.",
        'Please bring your photo ID and your NHS number.',
        'Your ISA, which is your tax-free savings account, is now open.',
        'Section 4 of the guide I attached shows the two steps with pictures, and I can walk you through them.',
        'I have refunded the VAT on your UK order.',
        'The terms say you can cancel within 14 days, so I have cancelled it for you.',
        'Your MOT is booked for Tuesday at 9am.',
        'Your refund is pending, and it will land by Friday.',
        'The fee is £5 per SMS reminder, and I have turned them off for you.',
        'Your visa is awaiting approval, and I will chase it on Monday.',
        'The parcel left per your request on Tuesday.',
        'It costs £2 per GB, and you have 5 GB left.',
        'Your order is awaiting dispatch from our London shop.',
        "I've passed your photos to DHL and they'll collect the parcel on Monday.",
        'I raised it with our CEO this morning, and she has approved the refund.',
        'The NHS letter is attached, and your GP has a copy too.',
        'We sent your form to HMRC on Tuesday, so you do not need to do anything else.',
        'Your new card will arrive once the address change is approved, usually within two days.',
        'I have opened a repair for you and an engineer comes on Friday at 10am.',
        'The Priority Services Register (PSR) means we call you first in a power cut, and I have added you to it.',
        'BT is sending an engineer to your home on Monday.',
        'You can apply for a new PIN in the app.',
        'Our IT side of things is sorted, so you can log in now.',
        'Please contact your GP if the rash spreads.',
        'The screen shows OK when the update has finished.',
        'Your parcel goes out on the standard UPS service tomorrow.',
        'Your refund goes out once the DVLA has confirmed the transfer, usually within a week.',
        'You can pay using the PayPal button at checkout.',
        'Please call the DVLA on 0300 790 6802 and quote your reference.',
        'I have asked our CEO, and she has approved the refund today.',
        'The NHS has confirmed your appointment.',
        'Your MOT has expired, so I have booked one for Tuesday at 9.',
        'The PDF is attached.',
        'Your policy covers accidental damage, so the repair is paid in full.',
      ],
    },
  },
});
