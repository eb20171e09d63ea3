import { defineRule } from '../define';

export default defineRule({
  id: 'do-not-reply',
  kind: 'phrase',
  principle: 'follow-through',
  severity: 'warning',
  message: 'Follow-through: "Do not reply to this email" closes the door on the customer; inviting a reply keeps the help going.',
  patterns: ['(please)? (do not|never) (reply|respond) (directly)? to this [<what>(email|e-mail|message|mail|address|ticket|notification)]'],
  unless: ['(card|password|passcode|pin|cvv|bank details|account number|security code|one-time code|code)'],
  rewrites: [],
  advice: 'Tell the customer where a person will read their reply: an address, a link or a phone number.',
  examples: {
    flag: [
      {
        text: 'Your feedback has been forwarded. Do not reply to this email.',
        becomes: null,
      },
      { text: "Please don't reply to this message.", becomes: null },
    ],
    pass: [
      'If anything else comes up, just reply to this email.',
      'Please never reply to this email with your card number, for your own safety.',
      "You don't need to reply to this email unless something looks wrong.",
    ],
  },
});
