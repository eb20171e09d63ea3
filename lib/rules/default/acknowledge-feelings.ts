import { defineRule } from '../define';

export default defineRule({
  id: 'acknowledge-feelings',
  kind: 'structure',
  check: 'acknowledgement',
  principle: 'empathy',
  severity: 'suggestion',
  message: 'Empathy: the customer sounds upset, worried, disappointed or pressed for time, and a line that names it before the fix shows you see it their way.',
  description:
    'Reads the customer message for frustration, worry, disappointment and urgency, and suggests a line that names the feeling and its reason. Confusion is left out on purpose: a clear answer is the acknowledgement a confused customer needs.',
  options: { moods: ['frustrated', 'worried', 'disappointed', 'urgent'] },
  examples: {
    flag: [
      {
        customerMessage: "I've been waiting for my refund for three weeks. This is ridiculous.",
        text: 'Hi Grace, your refund was approved today and will reach your card by Thursday.',
        becomes:
          "Hi Grace, I'm sorry you've been waiting three weeks — that's far too long. Your refund was approved today and will reach your card by Thursday.",
      },
      {
        customerMessage: "I'm worried someone has hacked my account, there are logins I don't recognise.",
        text: 'I have locked your account and reset your password.',
        becomes: "I understand how worrying it is to think someone got into your account — let's make it safe together. I have locked your account and reset your password.",
      },
      {
        customerMessage: 'I need the invoice today for my accountant, it is urgent.',
        text: 'The invoice is attached.',
        becomes: 'I know you need this today. The invoice is attached.',
      },
      {
        customerMessage: 'Hi, the lamp arrived broken - the glass shade was in pieces inside the box.',
        text: 'A new lamp is on its way and will arrive on Friday.',
        becomes: "I'm sorry the lamp arrived broken — that's a frustrating start. A new lamp is on its way and will arrive on Friday.",
      },
      // A reply that says no and does nothing in its place gets the feeling named, never a promise it does not keep.
      {
        customerMessage: "I'm furious. You rejected my claim after three years of premiums. This is disgusting.",
        text: 'Your claim was declined because the condition started before the policy did.',
        becomes: "I'm sorry — I can see how frustrating this has been. Your claim was declined because the condition started before the policy did.",
      },
      // Beside a reply that calls up to 28 days normal, what went wrong is the agent's to confirm: a fill-in ("I'm sorry
      // {what went wrong, in the customer's words}.", prefilled "you've been waiting 3 weeks"), no one-click line.
      {
        customerMessage: 'ordered 3 weeks ago and still nothing, tracking has not moved. Waiting for 3 weeks is ridiculous',
        text: '@bex_wears Orders can take up to 28 days during sale periods.',
        becomes: null,
      },
      // A wait shown only by the facts is a guess too: the agent confirms it in the fill-in, prefilled "you've been left without an answer".
      {
        customerMessage: 'Half of my order was missing and nobody has replied to my email from Monday.',
        text: 'Your new order ships today and will arrive on Thursday.',
        becomes: null,
      },
      // Beside "There is no need to get upset" any acknowledgement contradicts the reply: advice only.
      {
        customerMessage: "I'm furious. You rejected my claim after three years of premiums. This is disgusting.",
        text: 'Your claim was declined. There is no need to get upset about it.',
        becomes: null,
      },
    ],
    pass: [
      {
        customerMessage: 'Thank you so much, the new part works perfectly!',
        text: "That's great to hear, Sven! Thanks for letting me know. Enjoy it, and we're here whenever you need us.",
      },
      {
        customerMessage: "I've been waiting for my refund for three weeks.",
        text: "Hi Grace, three weeks is far too long to wait, and I'm sorry. I've approved it myself today, so you'll see it on your card by Thursday.",
      },
      {
        customerMessage: 'I picked the wrong colour, thanks for the help!',
        text: 'Good news — you do not need a new ticket, the swap is already booked.',
      },
      {
        customerMessage: "I'm confused about which plan I should pick.",
        text: 'Hi Rosa, happy to help you choose! The Team plan fits three people best.',
      },
      // Someone else's scam, reported: the customer is not upset with us, and was not hurt by it.
      {
        customerMessage: 'Heads up, there are texts going round pretending to be you with a link to "unlock" accounts. Looks like a scam.',
        text: "Thanks for letting us know! We never send links by text, and our fraud team is getting that site taken down today.",
      },
      // A wish for a feature is no complaint.
      {
        customerMessage: "It would be great if the app let me split a bill between two cards. Still can't do it!",
        text: "Thanks for the idea! I've passed it to our product team, and you'll hear from us the day it ships.",
      },
    ],
  },
});
