import { defineRule } from '../define';

export default defineRule({
  id: 'do-not-reply',
  kind: 'phrase',
  principle: 'follow-through',
  severity: 'warning',
  message: 'Follow-through: "Do not reply to this email" closes the door on the customer; inviting a reply keeps the help going.',
  patterns: ['(please)? (do not|never) (reply|respond) (directly)? to this [<what>(email|e-mail|message|mail|address|ticket|notification)]'],
  unless: ['(card|password|passcode|pin|cvv|bank details|account number|security code|one-time code|code)'],
  rewrites: ['If you have any questions, just reply to this {what}'],
  examples: {
    flag: [
      {
        text: 'Your feedback has been forwarded. Do not reply to this email.',
        becomes: 'Your feedback has been forwarded. If you have any questions, just reply to this email.',
      },
      { text: "Please don't reply to this message.", becomes: 'If you have any questions, just reply to this message.' },
    ],
    pass: [
      'If anything else comes up, just reply to this email.',
      'Please never reply to this email with your card number, for your own safety.',
      "You don't need to reply to this email unless something looks wrong.",
    ],
  },
});
