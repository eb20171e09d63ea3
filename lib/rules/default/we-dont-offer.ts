import { defineRule } from '../define';
import { OFFER_INSTEAD_NEXT } from '../offer-instead';

export default defineRule({
  id: 'we-dont-offer',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: a bare "we don\'t offer that" ends the conversation; add the closest thing you can offer.',
  patterns: [
    '(we|i) #Adverb? (do not|will not) #Adverb? (offer|provide|support|sell|stock|carry|accept|allow|issue|give|refund|reimburse|disclose|cover|ship|deliver)',
    '(we|i) (do not|will not) (do|give|issue|offer) (refunds|exchanges|returns|cancellations|compensation|credits|upgrades|discounts)',
    '(we|i) (will not|are not going to) be (issuing|offering|providing|giving|refunding|replacing|paying)',
    '(we|i) no longer (offer|provide|support|sell|stock|carry|accept|allow|issue|give|refund|reimburse|disclose|cover|ship|deliver)',
    'is not something (we|i) #Adverb? (offer|provide|support|sell|stock|carry|accept|allow|do)',
    '(we|i) #Adverb? (do not|no longer) have (that|this|one|any) (option|service|plan|discount|feature)?',
    '^(we|i) only (offer|handle|accept|provide|cover|support|ship|deliver|refund) #Noun+',
    "(we|i) #Adverb? (do not|don't) do (#Adjective|#Noun|same day|same-day|next day|home) #Noun+",
    // A service refused for a case or a channel: "we do not send engineers for this", "We don't chase insurers for clients", "we don't deal with them on here".
    '(we|i) #Adverb? do not (chase|send|deal with|handle|process|arrange|book|visit) .? .? (for|on|over|by) (this|these|here|clients|customers|chat|phone)',
  ],
  unless: [
    '(but|however|instead|alternatively|though|although|so)',
    '(we|i) (do not|will not) (accept|allow|tolerate) (abuse|threats|harassment|abusive)',
    '(we|i) (do not|no longer) (offer|provide|give|issue) (that|this|it)? (anymore|any more)? (to|for) you',
    'do not (share|disclose|give) your',
    '(responsibility|liability|cash|cheques|checks)',
    '(we|i) (do not|no longer) (do|give|offer|provide) (that|this|it)? (anymore|any more)? (to|for) you',
  ],
  // A refusal followed at once by what the agent can do is the warm form, not a dead end.
  unlessNext: OFFER_INSTEAD_NEXT,
  rewrites: [],
  advice: 'Add the closest thing you can offer in the next sentence: another product, plan or route.',
  examples: {
    flag: [
      { text: "We don't offer that.", becomes: null },
      { text: 'We do not accept returns on sale items.', becomes: null },
      { text: "That's not something we support.", becomes: null },
    ],
    pass: [
      "We don't have a student discount right now, but our annual plan works out 30% cheaper than paying monthly.",
      "We don't charge for returns, so send it back whenever suits you.",
      "You don't need to do anything else.",
    ],
    paraphrases: {
      flag: [
        "We don't offer that. Sorry.",
        "We do not accept returns on sale items. We also don't give store credit.",
        "We don't refund digital purchases.",
        'Sadly, we no longer stock the blue model.',
        'We only handle warranty claims after 30 days.',
        'We do not disclose the reasons for account decisions.',
        "I'm afraid we don't ship to the Channel Islands.",
        "Gift wrapping isn't something we offer.",
        "We don't do same day appointments.",
        'Sorry, we do not do home visits.',
        'Faulty boxes must be returned to a store, we do not send engineers for this.',
        "We don't chase insurers for clients.",
        "We don't deal with them on here.",
      ],
      pass: [
        "We don't offer gift wrapping. But I can add a handwritten card to the parcel for free.",
        "We do not accept returns on sale items. Here's what I can offer: an exchange for another size.",
        "We don't charge for returns, so send it back whenever suits you.",
        "We don't have your new address yet, so could you send it over?",
        "We don't stock the blue one, but the navy version is identical and I've reserved one.",
        'We will never ask for your password by email.',
        'We now offer next-day delivery, and I have upgraded your order.',
        'We only need your order number to get started.',
        "We don't do anything with your data without asking.",
        "I don't do this often, but I've added a free month.",
        "We don't charge for this, so you are all set.",
        'We do not send engineers for this, but I can post you a new box today.',
        "Don't worry, we don't share your details with anyone.",
      ],
    },
  },
});
