import { defineRule } from '../define';

export default defineRule({
  id: 'contacting-support-boilerplate',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'hint',
  message: 'Interaction: "Thank you for contacting Acme Support" is a script line; a short, personal thank-you sounds like someone is actually there.',
  patterns: [
    '^(thank you|thanks) (so much)? for (contacting|calling|emailing|choosing|writing to) .{0,3} (support|service|services|care|helpdesk|desk|department)',
    // The whole name, not all but its last word ("…writing to the Service Desk").
    '^(thank you|thanks) for (contacting|calling|emailing|writing to) .{0,3} (service|support|help) (desk|team|centre|center)',
    // The script line with a company name or none: "Thank you for contacting Orbitel.", "Thank you for your correspondence."
    '^(thank you|thanks) (so much)? for contacting (us|#ProperNoun+)$',
    // The letter-writer's "Thank you for your enquiry." alone; the short "Thanks for your enquiry." is the warm opener
    // cold-opener offers, so it must not be flagged here.
    '^thank you for your (correspondence|enquiry)$',
    '^thanks for your correspondence$',
  ],
  rewrites: ['Thanks for getting in touch', 'Thanks for writing in'],
  examples: {
    flag: [
      { text: 'Thank you for contacting Acme Customer Support.', becomes: 'Thanks for getting in touch.' },
      // The whole name goes, not all but its last word ("…getting in touch Desk.").
      { text: 'Thank you for emailing the IT Service Desk.', becomes: 'Thanks for getting in touch.' },
      {
        text: 'Thank you for contacting the Help Desk about your login problem.',
        becomes: 'Thanks for getting in touch about your login problem.',
      },
    ],
    pass: ['Thanks for getting in touch, Maria!', 'Thank you for contacting us about this, and sorry for the wait.'],
    paraphrases: {
      flag: [
        "Thanks so much for contacting Customer Care.",
        "Thank you for calling the Orbitel helpdesk.",
        "Thanks for emailing the Billing Department.",
        "Thank you for choosing Voltara support today.",
        "Thank you for writing to the Service Desk.",
        "Thanks for contacting our support team about the app.",
        'Thank you for contacting Orbitel.',
        'Thank you for your correspondence.',
        'Thanks for contacting us!',
        'Thank you for your enquiry.',
      ],
      pass: [
        "Thanks for getting in touch, Maria!",
        "Thank you for contacting us about this, and sorry for the wait.",
        "I have contacted the courier support team for you.",
        "Thanks for your patience while I checked.",
        "Our support team will call you at 3pm.",
        "Thanks for writing in about the late delivery.",
        'Thank you for contacting us about the leak so quickly, it meant we caught it early.',
        'Thanks for your enquiry about the puppy class, there are two spaces left on Saturday.',
        'Thanks for your enquiry.',
      ],
    },
  },
});
