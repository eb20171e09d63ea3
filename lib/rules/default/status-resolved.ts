import { defineRule } from '../define';

export default defineRule({
  id: 'status-resolved',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'suggestion',
  message: 'Interaction: a status line like "Status: resolved" is for the ticketing system, not for the person who wrote to you.',
  phrases: [
    'Status: resolved',
    'Status: closed',
    'Status: solved',
    'Status: complete',
    'Status: completed',
    'Status - resolved',
    'Status - closed',
    'Resolution: resolved',
    'Resolution: closed',
  ],
  // The status line's own label goes with it: "Ticket status: Resolved." would leave "Ticket I hope that helps…".
  patterns: ['(ticket|case|request|query|issue|incident) #Value? -? status (resolved|closed|solved|complete|completed)'],
  rewrites: ['I hope that helps, and if anything is still unclear, just reply here.'],
  examples: {
    flag: [
      {
        text: 'Payment methods are listed on the website. Status: resolved.',
        becomes: 'Payment methods are listed on the website. I hope that helps, and if anything is still unclear, just reply here.',
      },
      {
        text: 'Your password has been reset.\nStatus: closed',
        becomes: 'Your password has been reset.\nI hope that helps, and if anything is still unclear, just reply here.',
      },
    ],
    pass: [
      'I checked the status of your order, and it left our warehouse this morning.',
      "Once it's resolved I'll let you know straight away.",
    ],
    paraphrases: {
      flag: [
        "Status: Resolved",
        "Your password has been reset. Status - closed",
        "Resolution: resolved.",
        "Status: complete.",
        "Refund sent.\nStatus: Solved",
        "STATUS: CLOSED",
      ],
      pass: [
        "I checked the status of your order, and it left our warehouse this morning.",
        "Once it's resolved I'll let you know straight away.",
        "The status page shows the outage is over.",
        "Your claim status is approved, and the money arrives Friday.",
        "Our resolution team will call you tomorrow.",
        "I resolved the billing error and refunded the fee.",
      ],
    },
  },
});
