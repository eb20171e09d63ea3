/**
 * `unlessNext` patterns shared by the refusal rules: the sentence right after a "no" says what the
 * agent CAN do ("What I can do is …", "Instead, I've …", "Here's what I can offer: …", "But I can …").
 * Each needs a positive verb right after the subject, so a second refusal ("We also can't …") or a
 * bare "Sorry." never excuses the first.
 */
export const OFFER_INSTEAD_NEXT: string[] = [
  '^what (i|we) (can|could|will|would) #Adverb? (do|offer|suggest|arrange)',
  // What we can do, or how it can still happen: "Here's what I can offer:", "Here is how we can make June work:".
  '^(but|so|however|still)? (here is|heres) (what|how) (i|we) (can|could|will|have)',
  // What others in the customer's place do instead, announced as the way forward: "But here's what loads of couples do:",
  // "Here's what most owners do". What merely happened ("Here's what happened") or what the customer must do ("Here's
  // what you need to do") is no offer.
  '^(but|so|however)? (here is|heres) what (most|many|other|some|loads|lots|plenty)? of? (#Plural|people|folks) (do|use|choose|book|pick|try)',
  // What the customer can have or do instead, in their own voice: "What she can have is a spray tan…".
  '^what (you|she|he|they) (can|could) #Adverb? #Verb is',
  // The customer's own way forward with us: "you can join the final hour of any course in the next 8 weeks". Not a
  // booking or a trip sent elsewhere ("You can book a new diagnostic online if you want." leaves the no standing).
  'you (can|could) (still|instead|also)? (join|rejoin|swap|switch|exchange|choose|pick|keep|transfer)',
  // Instead, or what can still happen announced as such: "Instead, I've…", "The good news is that under-16s fish on a
  // junior permit…", "Good news: …".
  '^(instead|alternatively|good news|the good news)',
  '^(but|so) (i|we) (can|could|will|am going to|are going to) (also|still|instead|happily|gladly)? #Verb',
  '(i|we) (can|could|will) (also|still|instead|happily|gladly)? (offer|arrange|book|send|give|refund|move|swap|exchange|add|credit)',
  '(i|we) (can|could|will) (also|still|instead|happily|gladly)? (set up|upgrade|transfer|convert|reserve|repair|replace|extend|split|waive)',
  // "I'm / we're / would be happy to…", read by the verb before "happy".
  '(am|are|be) (happy|glad) to (offer|arrange|book|send|give|refund|move|swap|exchange|add|credit|upgrade|replace|suggest|recommend|find|source|order|check)',
  '(i|we) have (also|instead|already)? (added|booked|arranged|sent|credited|applied|issued|refunded|upgraded|moved)',
  '(i|we) have (also|instead|already)? (reserved|set up|ordered|extended|restored|replaced|waived|swapped|exchanged)',
  '(the|one|another|a) (best|good|other|quickest|easiest)? (option|alternative|workaround) (is|would be|here is)',
  // Several ways forward announced as a list: "A couple of options that other owners use:", "There are two alternatives",
  // "Here are a few options". A count in front is what makes it an offer: "There are no options" has none. One way round
  // it needs the contrast said ("But there is a way:", "But there's another"); "There is a way to complain" is none.
  '^(here are|there are|but there is|but theres)? (a couple of|a few|some|a|another|two|three|#Value) #Adjective? (options|alternatives|workarounds|way|ways)',
  // What we do have for them, a place, a slot or a credit: "We do have an emergency slot at 2:40pm today", "I have two
  // places left on Sunday", "We do have an injury credit for exactly this". A thing of ours that is no help ("We do have a
  // policy on this") is none of these, nor one only named after them ("We do have a credit policy", "a room service menu"):
  // the slot or credit must be the thing we have, with no noun after it.
  '(we|i) (do|also|still)? have (a|an|#Value) .? (slot|slots|appointment|space|spaces|place|places|room|seat|seats|table|tables|spot|cancellation|credit) !#Noun?',
  // Other things of ours that do suit them, with the contrast said: "Our Strawberry and Mint flavours are made in our
  // nut-free kitchen though." A place that is merely shut ("The store is closed on Sundays though.") is no offer.
  '^(our|the|these|both|all) .{1,5} (is|are) #Adverb? (available|safe|suitable|fine|free|ok|okay|in stock) .{0,6} (though|instead)',
  '^(our|the|these|both|all) .{1,5} (is|are) #Adverb? (#PastTense && !closed && !shut && !booked && !sold && !cancelled && !discontinued) .{0,6} (though|instead)',
  // The wish that they still get what they came for, the help announced: "But before we talk about refunds at all, I
  // would like Aidan to still be able to come." A wish about anything else ("I would like you to read our terms") is no
  // offer.
  '(i|we) would? (like|love|want) (you|him|her|them|#ProperNoun) to still? be able to (come|go|join|travel|attend|stay|keep|play|take part)',
  // The formal writer's "I do not wish to leave you without help, however.": the help follows.
  '(i|we) (do not|would not|will not) (wish|want|like) to leave you (without|stuck|empty-handed|in the lurch)',
];

/**
 * One more way round for the two bare-rule refusals (not-permitted, stated-as-a-rule), kept out of the shared list so
 * the rules that add their own pattern stay within a pack's 20 `unlessNext`: the agent offers to do the customer's part
 * ("Garden walls aren't covered. … If the wall is shared, I'm happy to write a letter for your neighbour.").
 */
export const DOES_THEIR_PART_NEXT: string[] = [...OFFER_INSTEAD_NEXT, '(am|are|be) (happy|glad) to (write|ring|call|speak to|talk to|chase|contact)'];
