import { defineRule } from '../define';

export default defineRule({
  id: 'as-i-said-before',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "As I said before" tells the customer they weren\'t listening; simply explaining again keeps it friendly.',
  description:
    'The agent pointing back at what they (or the team) already said: "as I said", "like I told you", "as we explained in our last email", anywhere in the sentence, any tense. Mentions of a call are included: "As I said on our call" is the same eye-roll.',
  patterns: [
    'as you #Adverb? (have|were|had) #Adverb? been? (told|advised|informed|warned) (on|in|over|during|by|via|at) (the|my|our|a|an|your)? #Adjective? #Noun',
    '(as|like) (i|we) have? #Adverb? (said|stated|told|explained|mentioned|advised|noted|pointed out) to? you? .? (in|on|during|over) (my|our|the) #Adjective? #Noun',
    // With when it was said, which goes with the saying: "as I said on the phone last Tuesday".
    '(as|like) (i|we) #Adverb? (said|told|explained|mentioned) to? you? (on|over|during|in) (the|our|my) #Noun (last|this|on)? (#Date|week|month|night)',
    '(as|like) (i|we) have? #Adverb? (said|stated|told|explained|mentioned|advised|noted|pointed out) to? you? (before|previously|earlier|already|twice|yesterday)?',
    '(as|like) (i|we) have? #Adverb? (said|stated|told|explained|mentioned|advised|noted|pointed out) to? you? (several|many|multiple|a few) times',
    'as you #Adverb? (have|were) #Adverb? been? (told|advised|informed)',
    // Told by someone else, with when and how: "as explained to you by the call centre on Monday".
    'as #Adverb? (explained|mentioned|stated|advised|confirmed|said) to you (on|in|over|during|by|via|at) (the|my|our|a|an)? #Adjective? #Noun+ (on|last)? #Date?',
    // Pointed back to the page where it was said: "as stated at checkout", "as mentioned repeatedly on our safety page".
    // The page's whole name goes with it: "as stated on your booking form", not "…booking" leaving "form".
    'as (stated|mentioned|explained) #Adverb? (at|on|in) (the|our|your)? (checkout|booking|website|terms|page|email|contract|policy|signage|guide|safety) #Noun?',
  ],
  unless: [
    '(as|like) (i|we) (said|told you|promised|mentioned) (i|we) would',
    '(as|like) (i|we) (said|mentioned) (you|it) (could|would|might)',
    // A recap of good news for the customer is a reminder, not an eye-roll: "As I said on the phone, you don't need to
    // redo the whole course", "As I mentioned, you can keep the old one".
    '(as|like) (i|we) #Adverb? (said|mentioned|told you|explained) .{0,8} you (do not|will not|did not|would not) (need|have) to',
    '(as|like) (i|we) #Adverb? (said|mentioned|told you|explained) .{0,8} you (can|could|may|are welcome to) #Verb',
    // A pointer inside this same reply, to a sentence the agent has just written: "Also, as I said above, the levy is
    // shared, so…". The customer is not told they were told; "as I said in my last email" still flags.
    '(as|like) (i|we) #Adverb? (said|mentioned|explained|noted|wrote|described) above',
    '(as|like) (i|we) #Adverb? (said|mentioned|explained|noted|wrote) earlier in this (email|message|reply|letter|note)',
  ],
  rewrites: [''],
  advice: 'Give the answer again in fresh words, as if for the first time.',
  examples: {
    flag: [
      { text: 'As I said before, users are responsible for backing up their data.', becomes: 'Users are responsible for backing up their data.' },
      { text: 'Like I said, the store opens at nine.', becomes: 'The store opens at nine.' },
      { text: 'As I said on our call, the fee is non-refundable.', becomes: 'The fee is non-refundable.' },
      { text: 'As I mentioned in my last email, the refund takes 5 working days.', becomes: 'The refund takes 5 working days.' },
    ],
    pass: ['I said I would call you back today, and here I am.', 'Thanks once again for your patience.', 'As I promised, here is the tracking link.'],
    paraphrases: {
      flag: [
        "As I said on the phone, you can't get a refund after 30 days.",
        'As I said before, you need to send the form first.',

        'As you were told on the phone, the part has to be ordered.',
        'As you have been advised in our letter, the fee is not refundable.',
        'The refund, as I have already explained, takes five days.',
        "As we've told you several times, the plan cannot be paused.",
        'Like I told you yesterday, the courier collects on Tuesdays.',
        'As I pointed out in my previous reply, the warranty ended in May.',
        'Your order ships on Friday, as I said.',
        'As you have already been told, the account is closed.',
        'The deposit is non-refundable, as stated at checkout.',
        'Helmets are compulsory, as explained repeatedly in the booking email.',
        'As mentioned in our terms, the fee applies.',
        'As I said on the phone, I am happy to waive the fee.',
        'Running the tap will clear it, as explained to you by the call centre on Monday.',
        'As explained to you on the phone, the engineer comes on Friday.',
      ],
      pass: [
        "As I said on the phone, you don't need to redo the whole course.",
        'As I mentioned yesterday, you can keep the old charger.',
        "Like I said on the call, you won't have to pay anything for the repair.",

        'As you asked on the phone, I have moved the visit to Monday.',
        'As shown in the photo you sent, the seal is broken, so a new one is on its way.',
        'As noted on your form, you prefer mornings, so I have booked 9am.',
        'As I said I would, I have refunded the delivery charge.',
        'Also, as I said above, the levy is shared, so everyone pays less from January.',
        'As we explained earlier in this email, the engineer comes on Friday.',
        'As promised, I called the warehouse this morning.',
        "I'll say it plainly: the refund is on its way.",
        'As you mentioned, the screen flickers after the update.',
        'As I understand it, the parcel is at the depot.',
        'Like you said, the app logs you out after a minute.',
        'As we discussed, I have booked the engineer for Monday.',
        'As you explained to me on the phone, the leak started on Monday.',
        'I have explained to the call centre on Monday what went wrong.',
      ],
    },
  },
});
