import { defineRule } from '../define';

export default defineRule({
  id: 'kindly',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "Kindly…" sounds like a form letter; a simple question is friendlier.',
  patterns: [
    '^kindly [<action>#Verb *]',
    '^please kindly [<action>#Verb *]',
    '^(we|i) (would)? kindly (ask|request) (that you|you to) [<action>#Verb *]',
    '^(we|i) (would)? kindly (ask|request) you (to)? [<action>#Verb *]',
    '^you are (kindly)? (requested|asked) to [<action>#Verb *]',
    // The clipped form of outsourced-desk English: "Request you to kindly co-operate."
    '^(request|requesting) you to (kindly|please)? [<action>#Verb *]',
    '^kindly [<action>(cooperate|co operate|co-operate|revert|bear|adhere|comply|confirm|share|advise|ensure)]',
    '@hasComma kindly #Verb',
  ],
  unless: [
    '^kindly (note|be advised|be informed|find|see)',
    '^(please)? kindly (do not|never|refrain|avoid|stop)',
    // The ask comes with the agent's own promise in the same sentence: "Kindly let me know by Friday, and I will add it
    // to your booking", "…, I'll personally check with the kitchen", "…and we will track it for you". The form letter's
    // "Kindly provide the details and we will look into this" promises in the institution's voice and still flags; a
    // promise to close, cancel or charge is no help.
    'i (will|shall) #Adverb? (#Verb && !not && !be && !close && !cancel && !charge && !suspend && !reject && !remove && !delete)',
    'we will #Adverb? #Verb .{0,4} for you',
    // What the customer gets by doing it: "Kindly restart your router once and the connection will come back".
    'and (the|your) #Noun+ will #Adverb? come back',
    // Something handed back to them, not a form processed: "…and the refund will be released the same day".
    'and (the|your) #Noun+ will #Adverb? be (released|restored|reconnected|refunded|credited|unlocked|reactivated|returned|back)',
    // What the step protects them from, or who it helps reach them: "so the tank doesn't fill", "so the rider can find
    // you", "so the batteries last the night". Not a step for our file ("so the matter can be reviewed") nor a threat
    // ("so that your service will not be disconnected").
    'so that? (the|your|our|you) #Noun* (does|do|will|would) not (#Verb && !be)',
    'so that? (the|our|your) #Noun+ (can|will) #Adverb? (find|reach) you',
    'so that? (the|your) #Noun+ (last|lasts|stay|stays|keep|keeps)',
    // …or which of our people it lets do what for them, the agent included: "…so the chef can buy the flour on
    // Saturday", "…so that I know to expect you". Paperwork about their file ("so the team can process your claim",
    // "so we can look into this") is the form letter's own reason and still flags.
    'so that? (the|our) #Noun (can|will) (#Verb && !process && !review && !assess && !verify && !action && !close && !handle && !look && !be)',
    'so that? i (know|see|hear) #Adverb? (to|when|where|that|it|#Noun)',
    'so that? i can #Adverb? (#Verb && !process && !review && !close && !cancel && !charge && !be)',
    // Asking whether the time or plan we offered suits them: "Kindly confirm Wednesday suits you", "Kindly let me know if
    // Friday works for you". Their say on our offer, not a demand; "Kindly confirm your address" still flags.
    '^kindly confirm (if|whether|that)? .{1,6} (suits|suit|works|work) (you|for you)',
    '^kindly let (me|us) know (if|whether)? .{1,6} (suits|suit|works|work) (you|for you)',
  ],
  rewrites: ['Could you {action}?', 'Please {action}.'],
  examples: {
    flag: [
      { text: 'Kindly send a photo of the label.', becomes: 'Could you send a photo of the label?' },
      { text: 'We kindly ask you to confirm your address.', becomes: 'Could you confirm your address?' },
      { text: 'You are kindly requested to sign the attached form.', becomes: 'Could you sign the attached form?' },
    ],
    pass: ['Thank you for kindly sending the photos so quickly.', 'It was kind of you to write in.', 'Could you kindly check the serial number for me?'],
    paraphrases: {
      flag: [
        "Kindly pay the balance so that your service will not be disconnected.",
        "Kindly revert with the form, we will close the complaint otherwise.",
        "Request you to kindly co-operate.",
        "Kindly revert with the details.",
        "Please kindly send the invoice again.",
        "We would kindly request that you update your address.",
        "You are requested to submit the form by Friday.",
        "I kindly ask you to call the branch.",
        'For the time being, kindly use the A2 materials.',
        'Once done, kindly send the receipt.',
        'Kindly send the form so that we can look into this.',
        "Kindly confirm receipt of this email.",
        "Kindly let us know your account number.",
      ],
      pass: [
        "Kindly share the meter number, and I will book the engineer for Friday.",
        "Kindly reply with a photo of the label, I'll arrange the swap today.",
        "Kindly unplug the freezer overnight so the ice doesn't build up again.",
        "Kindly wait near the main gate so the driver can find you.",
        "Kindly reboot the decoder once and the channels will come back.",
        "Kindly bring your ID to the counter, and the parcel will be released straight away.",
        "Kindly keep the lid on so the soup stays hot.",
        "Kindly send the balance by Thursday so the baker can buy the butter on Friday.",
        "Kindly text me when your train leaves, so that I know to meet you at the station.",
        "Kindly ring the bell twice so I can come down and open the side door.",
        "Thank you for kindly sending the photos so quickly.",
        "It was kind of you to write in.",
        "Could you kindly check the serial number for me?",
        "Our driver was very kind to your dog.",
        "Kindness costs nothing, and the courier agreed.",
        "Kindly note that the office is closed on Monday.",
        'Thanks, you kindly sent the photos already.',
        'Again, thank you for kindly waiting.',
        "Kindly confirm Thursday at 4 suits you.",
        "Kindly let me know if the morning slot works for you.",
      ],
    },
  },
});
