import { defineRule } from '../define';
import { OUR_SIDE_UNLESS } from '../our-side-unless';

// Session 36 (issue #10), by meaning: our work declared sound (our-side-was-fine holds systems and checks; it is at 30 patterns).
export default defineRule({
  id: 'our-work-was-sound',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  title: "Our work declared sound",
  description:
    "Our work, our end or our people declared sound instead of an answer, any subject and tense: \"carried out to a high standard\", \"successful from our end\", \"Our fitters are time-served professionals\", \"made to the impression supplied\".",
  message: "Ownership: declaring our work sound tells the customer the problem must be theirs; say what you checked, what you found, and what you will do next.",
  patterns: [
    '(was|were|been|is|are) #Adverb? #PastTense #Particle? #Adverb? to (a|the)? (high|good|required|correct|proper) (standard|standards|specification|spec)',
    '#PastTense #Adverb? (to|in line with) (the)? (manufacturer|manufacturers|manufacturer\'s) (specification|specifications|spec|strength|instructions)',
    '(was|were|is|are|ran|worked|went) #Adverb? (successful|successfully|fine|correctly|as designed|as expected|normally) (from|on|at) (our|my) (end|side)',
    '#PastTense #Adverb? (successfully|correctly|fine|as designed|as expected|as intended|without error) (from|on|at) (our|my) (end|side)',
    '^(our|the|all our) #Noun+ (are|is) (all)? #Adverb? time? (trained|qualified|experienced|certified|served) (professionals|staff|experts|engineers|technicians)?$',
    '^(our|the|all our) #Noun+ (are|is) (all)? #Adverb? time? (trained|qualified|experienced|served)$',
    '(the|our|that) #Noun (did|does|do|has done) (his|her|their|its|our) (job|work) (correctly|properly|right|well)?$',
    '(made|cut|built|altered|printed|fitted|make|makes|produced) (exactly)? (to|from|as per) the #Noun+ (supplied|provided|given|submitted)$',
    '(our|the) #Noun+ (check|checks|inspect|inspects|test|tests) (every|each|all) #Noun',
    // Our kit said to be tested or inspected, as proof it was sound (session 37): "Our equipment is inspected daily and works
    // perfectly", "Machines are checked every morning", "Our packaging is tested to keep cheese cool for 48 hours".
    '^all? (our|the)? #Adjective? #Noun+ (is|are) #Adverb? (tested|inspected|checked|serviced|calibrated) #Adverb? (daily|weekly|regularly|every|before|on|to|and)',
  ],
  unless: OUR_SIDE_UNLESS,
  rewrites: [],
  advice: "Share what you checked and what you will do next (\"The repair log looks right, so I've asked the workshop to look again and will call you by 4pm\").",
  examples: {
    flag: [
      { text: "The repair was carried out to a high standard.", becomes: null },
      { text: "The transaction was successful from our end.", becomes: null },
      { text: "Our fitters are time-served professionals.", becomes: null },
    ],
    pass: [
      "The repair was not carried out to a high standard, and I have booked the fitter to redo it on Monday.",
      "The payment went through fine from our end, but I have asked the bank to trace it and will call you at 3pm.",
      "Our fitters are time-served professionals, but this one got it wrong, and I am sorry.",
    ],
    paraphrases: {
      flag: [
        "The migration ran as designed on our end.",
        "The marquee was erected to manufacturer specification.",
        "The technician did his job.",
        "The crown was made to the impression supplied.",
        "The box was packed this morning and our pickers check every item.",
        "Honestly the token was generated successfully from our end.",
      ],
      pass: [
        "I will make sure the new crown is made to the impression supplied by your dentist.",
        "Could you check every item in the box and let me know what is missing?",
        "The technician will call you tomorrow to arrange a time.",
        "Your new fence was built by Sam and Leo this morning.",
        "Our team are all friendly and happy to help with this.",
        "Could you tell me whether the repair was done at home or in the shop?",
        "I'm sorry the fitting fell short of the standard you should expect from us.",
      ],
    },
  },
});
