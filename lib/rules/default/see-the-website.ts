import { defineRule } from '../define';

export default defineRule({
  id: 'see-the-website',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'hint',
  message: 'Interaction: pointing to a page instead of answering sends the customer away; offer to go through it with them here.',
  description: 'Replies that say the answer is "available on the website / in the FAQ / on the pricing page" and stop there.',
  patterns: [
    '(details|information|info|instructions|steps|answers) (is|are) all? (available|listed|explained|outlined|covered) (on|in) (our|the) .{0,1} (website|site|page)$',
    '(details|information|info|instructions|steps|answers) (is|are) all? (available|listed|explained|covered) (on|in) (our|the) .{0,1} (faq|faqs|centre|center|base)$',
    '(prices|pricing|methods|options|fees|rates|plans|costs|charges) (is|are) all? (available|listed|shown) (on|in) (our|the) .{0,1} (website|site|page)$',
    '(prices|pricing|methods|options|fees|rates|plans|costs|charges) (is|are) all? (available|listed|shown) (on|in) (our|the) .{0,1} (faq|faqs|app|portal)$',
    '^(this|that|it|everything) is all? (explained|outlined|described|detailed|covered) (on|in) (our|the) .{0,1} (website|site|page|faq|faqs)$',
    '^(this|that|it|everything) is all? (explained|outlined|described|detailed|covered) (on|in) (our|the) .{0,1} (centre|center|base|app|portal|docs)$',
    '^(information|details|instructions) (about|on|of|for) .{1,3} (is|are) (available|listed) (on|in) (our|the) .{0,1} (website|site|page|faq|faqs|centre|center)$',
    '^(information|details|instructions) (about|on|of|for)? .{0,3} can be found (on|in) (our|the) .{0,1} (website|site|page|faq|faqs|centre|center|portal)$',
    '^the (answer|answers) .{0,4} (is|are) (in|on) (our|the) .{0,1} (website|site|page|faq|faqs|centre|center|portal)$',
    // Sending the customer off to watch or use the website instead of answering here.
    // Ending the sentence, so the offer to help can follow it.
    '(updates|information|news|details) will be #Adverb? (posted|published|shared|available|provided) (on|via|through) (our|the) (website|site|page|app)$',
    '(updates|information|news|details) will be #Adverb? (posted|published|shared|available|provided) (on|via|through) (our|the) (status page|social media)$',
    '(complaints|appeals|enquiries|queries|feedback) (can|should|must|may) #Adverb? be (made|submitted|raised|sent) (via|through|on|at|using) .{1,4}$',
    '(check|visit|see|watch|monitor) (our|the) (website|site|status page|social media|app) (for|to see) (updates|more|further|details|the latest)$',
    // Any page named by what it is on ("our Facebook page", "the school news feed") is the same errand.
    '(check|visit|see|watch|monitor) (our|the) #Noun (page|feed|channel|account|website|site|app) (for|to see) (updates|more|details|the latest)$',
    // "Keep an eye on our service status page for updates."
    '(keep an eye on|follow) (our|the) #Noun? (website|site|status page|page|social media|app|feed) (for|to see) (updates|news|the latest)$',
    '(further|more|full) (information|details|info) (can be found|is available|are available|is listed) (on|at|in) (our|the) (website|site|page|faq)$',
    // To the sentence's end, so the offer follows the whole errand ("…for updates rather than opening tickets, and I'm…").
    // "check out" is the same errand with its particle (session 39): "Check out help.example.com for more info."
    '(refer to|check out|check|visit|monitor|watch) #Url (for|rather than|instead of) .{1,6}$',
    // The policy pointed at instead of explained: "Our returns policy can be found at example.com/returns".
    // To the sentence's end: the offer goes after the page's name, not inside it ("…found on our, and I'm happy… website").
    '^(our|the) #Noun{0,2} (policy|terms|guide|faq|procedure|conditions) (can be|is|are) #Adverb? (found|viewed|read|available) (at|on|via) (#Url|our|the) .{0,3}$',
    // Session 41 (moved from sent-to-a-channel, whose card had no fix): where the answer lives, said of any subject
    // ("Her direct line is on the hospital website", "instructions are in our help centre"), offered from a page or to
    // be found at an address; near the sentence's end, so the offer follows the page's name.
    '(#Noun|which|that|it|these|those|they) (is|are) #Adverb? (all|also)? (available|listed|found)? (on|in|at|from) (our|the|their) #ProperNoun? #Noun? (website|site|webpage|faq|faqs) .{0,3}$',
    '(#Noun|which|that|it|these|those|they) (is|are) #Adverb? (all|also)? (available|listed|found)? (on|in|at|from) (our|the|their) (help|support|resource|resources|knowledge) (centre|center|hub|section|base|pages) .{0,3}$',
    '(available|downloadable) (on|from|at|via) (our|the|their) #ProperNoun? #Noun? (website|site|webpage) .{0,3}$',
    '(can|may) #Adverb? be (found|viewed|downloaded|read|accessed|seen) (on|at|in|from|via) #Url .{0,3}$',
    '(can|may) #Adverb? be (found|viewed|downloaded|read|accessed|seen) (on|at|in|from|via) (our|the|their) #ProperNoun? #Noun? (website|site|webpage|faq|faqs) .{0,3}$',
  ],
  unless: ['(i|we) (have|will|can|am|had)', "(i|we) ('ll|'ve)", 'let me', '(happy|glad) to', '(below|attached|summary|here is|here are)', '(can|should|must|may) be (made|submitted|raised|lodged|sent|filed) (to me|here|by replying|in this)',
    // Something going on sale there from a date is news, not an errand: "Our summer range is available on the website from Monday".
    '(available|live|on sale) (on|in|from) (our|the) #Noun? (website|site|app|shop|store) (from|until|by|now|today|this|next)',
    // Where a fault sits, or the customer's own thing now on the site, is news, not an errand; the page as one choice
    // beside someone sending it (session 41).
    '(fault|error|bug|problem|issue|mistake|glitch|outage|typo) (is|are|was|were) #Adverb? (on|in)',
    '^your #Adjective? #Noun+ (is|are) #Adverb? (now|already)? (on|in|live)',
    "or (i|we|he|she|they|#ProperNoun) (can|could|will|'ll|would) #Adverb? #Verb",
    // What is not there points nowhere (review 41): "The spring range is not available on our website".
    '(not|never|no longer) (yet)? (available|listed|found|downloadable|shown|on) (on|in|at|from|via)?'],
  // Two tails, so that a reply with two such sentences can take one each: a tail already in the reply is not offered twice.
  rewrites: ["{match}, and I'm happy to go over the details with you here", "{match}, and I can talk you through it here if that's easier"],
  examples: {
    flag: [
      {
        text: 'All plan details are available on the pricing page.',
        becomes: "All plan details are available on the pricing page, and I'm happy to go over the details with you here.",
      },
      {
        text: 'Payment methods are listed on the website.',
        becomes: "Payment methods are listed on the website, and I'm happy to go over the details with you here.",
      },
      {
        text: 'This is explained in the FAQ.',
        becomes: "This is explained in the FAQ, and I'm happy to go over the details with you here.",
      },
    ],
    pass: [
      "All plan details are on the pricing page, and I've summarised the two that fit you below.",
      'Our summer range is available on the website from Monday.',
      'Payment methods are listed on the website under Billing, next to your invoices.',
      "The setup steps are in the FAQ, but I'm happy to walk you through them here.",
    ],
    paraphrases: {
      flag: [
        "Keep an eye on our service status page for updates.",
        "Please follow our social media for the latest.",
        'Please check status.example.com for progress.',
        'Refer to help.example.com rather than emailing us.',
        'Updates will be posted on our website.',
        'Complaints can be made via the website.',
        'Please check our status page for updates.',
        'Further information can be found on our website.',
        'Everything is explained in the help centre.',
        'Information about refunds can be found in our FAQ.',
        'Appeals must be submitted through the online portal.',
        "The cancellation policy can be found on our website.",
        "Our complaints procedure is available at example.com/complaints.",
        'Check our Facebook page for updates.',
        'Please visit the school feed for updates.',
        "The booking terms can be viewed at www.example.com/terms.",
      ],
      pass: [
        "I'll keep an eye on the status page for you and text you when it's back.",
        "Keep an eye on your inbox: I have sent the code.",
        "I've put the details on help.example.com too, and here they are in short.",
        "You can also watch status.example.com, though I'll text you when it's back.",
        "I'll post updates here, and our status page has them too.",
        'I have checked our website and the sale ends on Sunday.',
        'Complaints can be made by replying to this email, and I read every one.',
        'The website shows the new prices from Monday, and I have locked in your old one.',
        'Let me know if the page loads now.',
        "I'll check our Facebook page for updates and message you.",
        'Here is the link to the form, and I have filled in your order number already.',
        "Our returns policy is generous, and I've already booked the courier for you.",
        "The policy can be found below, and the short version is that you're covered.",
        "Is the guide on the website any help, or shall I walk you through it?",
        'The spring range is not available on our website.',
      ],
    },
  },
});
