import { defineRule } from '../define';

export default defineRule({
  id: 'ticket-closed',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'suggestion',
  message: 'Interaction: "Closing this ticket" ends on the paperwork; ending with an open door ends on the person.',
  description: 'A bare "Ticket closed." / "Closing this ticket." / "This case is now closed." as the whole sentence.',
  patterns: [
    '^(i am|we are|i will|we will)? (now)? (closing|close) (this|the|your)? (ticket|case|request|query|enquiry|conversation|chat) (now)?$',
    '^(this|the|your) (ticket|case|request|query|enquiry|conversation|chat) (is|was|has|will)? (now)? (been|be)? (now)? (closed|resolved)$',
    '^(this|the|your) (ticket|case|request|query|enquiry) (is|was|has|will)? (now)? (been|be)? (now)? (closed|resolved) and (closed|resolved)$',
    '^(this|the|your) (ticket|case|request|query|enquiry) (is|has been|was|will be|will now be) (now)? marked as (closed|resolved|complete|solved)$',
    '^(ticket|case|request|query) (closed|resolved|solved)$',
  ],
  // Closed with the door left open in the next sentence: "I'll close this case now. If you decide to go ahead, reply to
  // this email and I'll book it." The bare "Closing this ticket." still flags.
  unlessNext: [
    '^(if|should|whenever) .{1,30} (reply|write back|get in touch|message us|call us|ring us|contact us|email us|let us know|let me know)',
    '^(just|simply)? (reply|write back|get in touch) .{0,12} (any time|anytime|if|whenever)',
  ],
  rewrites: ["I've closed this ticket for now, but if anything else comes up, just reply here."],
  examples: {
    flag: [
      { text: 'Closing this ticket.', becomes: "I've closed this ticket for now, but if anything else comes up, just reply here." },
      {
        text: 'Glad it works now. Ticket closed.',
        becomes: "Glad it works now. I've closed this ticket for now, but if anything else comes up, just reply here.",
      },
      {
        text: 'Your new card is on its way. This case is now closed.',
        becomes: "Your new card is on its way. I've closed this ticket for now, but if anything else comes up, just reply here.",
      },
    ],
    pass: [
      "I'll close this ticket for now, but if anything else comes up, just reply here.",
      'The store is closed on Sundays, so I booked your pickup for Monday.',
      'If the case is closed by mistake, reply here and I will reopen it.',
      "I'll close this case now. If you decide to go ahead with the repair, reply to this email and I'll book it.",
    ],
    paraphrases: {
      flag: [
        "I am closing this case now.",
        "Your query has been resolved.",
        "This conversation is now closed.",
        "Case closed.",
        "This ticket has been marked as resolved.",
        "We will now close the chat.",
      ],
      pass: [
        "I'll close this ticket for now, but if anything else comes up, just reply here.",
        "The store is closed on Sundays, so I booked your pickup for Monday.",
        "If the case is closed by mistake, reply here and I will reopen it.",
        "The road is closed, so the driver comes on Monday.",
        "Your old account was closed and the balance moved to the new one.",
        "I have resolved the billing error, and the refund is on its way.",
      ],
    },
  },
});
