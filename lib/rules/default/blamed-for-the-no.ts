import { defineRule } from '../define';

/**
 * A no whose reason is the customer's fault (session 43, issue #10): "Sorry, we can't refund it as you broke it yourself."
 * The sorry does not soften it; the reason tells them they brought it on themselves. A reason that is a fact about the
 * item or the order ("as it was opened", "since the warranty ended") or the customer's own request ("as you asked us to
 * cancel it") is no blame and passes.
 */
export default defineRule({
  id: 'blamed-for-the-no',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  title: 'A no blamed on the customer',
  description: 'Flags a refusal whose reason is the customer’s own doing (“as you broke it”, “since you didn’t read the guide”), even after a sorry.',
  message: 'Respect: giving the customer\'s own doing as the reason for a no ("as you broke it") reads as blame, even after a sorry.',
  patterns: [
    // "as you broke it yourself", "because you damaged the box", "since you've dropped it"
    '(as|since|because) you (have|had)? #Adverb? (broke|broken|damaged|dropped|misused|mishandled|ignored|neglected|ruined|scratched|cracked|bent|smashed|spilled|spilt|overloaded|tampered|forgot|forgotten|missed|lost|overlooked)',
    // "since you didn't read the instructions", "as you never registered it", "because you failed to return it"
    '(as|since|because) you #Adverb? (did not|have not|had not|never|failed to|chose not to|refused to|neglected to) #Adverb? (read|follow|check|keep|register|activate|contact|tell|inform|notify|reply|respond|return|pay|attend|update|report|sign|submit|include|attach|provide|cancel|store|clean|service|maintain|charge|back up|save)',
    '(as|since|because) you #Adverb? never (registered|read|followed|checked|returned|paid|reported|signed|submitted|updated|cancelled|canceled|contacted|told|activated|attended)',
    // "as you chose the wrong plan", "because you entered an incorrect address"
    '(as|since|because) you #Adverb? (chose|picked|selected|ordered|entered|booked|bought|typed|gave|used|put|sent) (the|a|an|your) #Adverb? (wrong|incorrect|invalid)',
    // "because of your own mistake", "due to your carelessness"
    '(because of|due to|owing to|as a result of) your (own)? (mistake|error|negligence|carelessness|misuse|fault|oversight)',
    // "since it was your mistake", "as that is your own fault"
    '(as|since|because) (it|this|that) (was|is) #Adverb? your (own)? (mistake|error|negligence|carelessness|misuse|fault|oversight)',
    // "as it was damaged by you", "since the seal was broken by yourself"
    '(as|since|because) (it|this|the #Noun) (was|were|has been|had been) #Adverb? (broken|damaged|dropped|misused|mishandled|opened|ruined|scratched|cracked|bent) by (you|yourself)',
  ],
  unless: [
    // Our own fault owned in the same sentence is no blame: "…as you missed the email we sent to the wrong address, our mistake".
    '(our|my) (own)? (mistake|fault|error)',
    // No no at all: the reason opens a sentence that does something for them ("As you forgot your password, I've sent a
    // reset link"); the reason explains the help, it refuses nothing. The same reason before a no stays flagged.
    '^(as|since|because) you .+ (i|we) (have|will)? #Adverb? (sent|resent|emailed|texted|posted|blocked|reset|arranged|booked|rebooked|added|attached|forwarded|unlocked|restored|reactivated|extended|credited|refunded|replaced|fixed|cancelled|canceled|looked|set)',
  ],
  rewrites: [],
  advice: 'Give the reason as a fact about the item or the order ("The screen is cracked, and the warranty does not cover accidental damage"), and say what you can do.',
  examples: {
    flag: [
      { text: 'Sorry, we are unable to refund it as you broke it yourself.', becomes: null },
      { text: "We can't replace it since you didn't read the instructions.", becomes: null },
      { text: 'Sorry, we cannot refund the fee because you ignored our email.', becomes: null },
    ],
    pass: [
      'Sorry, we are unable to refund it as it was opened.',
      "We can't reinstate the order as you asked us to cancel it.",
      'Sorry, we cannot refund it because the item was custom made.',
    ],
    paraphrases: {
      flag: [
        "I'm sorry, but the claim can't go ahead as you chose the wrong plan.",
        'Unfortunately the repair is not covered, because you dropped the phone.',
        'As you never registered the kettle, the guarantee does not apply.',
        'Because you failed to return the form, the booking lapsed.',
        'Apologies, but we cannot accept it back since you have damaged the packaging.',
        'The refund was refused because of your own mistake with the dates.',
        'We can’t help with the fee as you entered an incorrect card number.',
        'Sadly no refund is due, since the seal was broken by yourself.',
        "Since you didn't follow the care guide, the sofa is not covered.",
        'Due to your carelessness with the charger, the battery is not covered.',
        "Sorry, we can't refund it as you clearly didn't read the instructions.",
        'We cannot waive the fee, since it was your own mistake.',
      ],
      pass: [
        "Sorry, we can't repair it for free since the warranty ended in May.",
        'We cannot exchange it because the item was personalised.',
        'As you asked, I have cancelled the second delivery.',
        'Since you ordered two, I have sent both in one box.',
        'As you mentioned, the lid was cracked on arrival, so a new one is on its way.',
        "Because you didn't receive the email, I have sent it again.",
        'Sorry, we missed your call because our line was down.',
        "As you missed the email we sent to the wrong address, that's our mistake and I've fixed it.",
        'The parcel was damaged by the courier, so I have sent a new one.',
        "As you forgot your password, I've sent a reset link to your email.",
        'Since you missed our call this morning, I have emailed the details instead.',
        "As you've lost your receipt, I've looked the order up by your email address.",
      ],
    },
  },
});
