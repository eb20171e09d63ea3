import { defineRule } from '../define';

export default defineRule({
  id: 'our-side-was-fine',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  title: 'Declaring our side fine',
  description:
    'Answering a problem by vouching for our own side before anyone has looked: "our servers are healthy", "the file was sent on time from our end", "it was working when it left us", "all equipment is checked before each use", "made using the details you provided".',
  message: 'Ownership: vouching for our own side tells the customer the problem must be theirs; say what you checked, what you found, and what you will do next.',
  patterns: [
    // Our systems or kit declared well: "Our servers are healthy.", "our platform is working as expected".
    'our #Adjective? #Noun+ (is|are) #Adverb? (healthy|operational|stable|fine|green)$',
    'our #Adjective? #Noun+ (is|are|was|were) #Adverb? (working|running|performing|operating) (fine|normally|correctly|as expected|as intended|as normal)',
    // Done right "from our side": "the payment was sent on time from our end", "the order was processed correctly on our side".
    '(was|were|is|are) #Adverb? (submitted|sent|processed|dispatched|tested|checked|fine) #Adverb? (on time|in full)? (from|on|at) (our|my) (side|end)',
    '(at|on|from) (our|my) (side|end) #Adverb? (which|and it|and they|and that) (was|were|is|are) #Adverb? (fine|within|normal|correct|ok|okay|in)',
    // Fine when it left us: "The code was valid when we issued it", "it was working when the engineer left".
    '(was|were) #Adverb? (valid|correct|working|active|fine|intact|undamaged) when (we|it|they|the #Noun) (sent|left|issued|dispatched|shipped|fitted|installed)',
    // Our people vouched for: "the fitters are adamant it was installed correctly".
    '(they|he|she|staff|engineer|engineers|fitters|installers|drivers) (are|is|were|was) (adamant|certain|satisfied) .{1,6} (was|were) #Adverb? #PastTense',
    // Our standards read out instead of an answer: "serviced to manufacturer standards", "checked before each dive".
    '(serviced|checked|inspected|maintained|tested|calibrated) (to|in line with|according to) the? #Adjective? #Noun? (standards|standard|guidelines|specifications)',
    '(are|is) #Adverb? (checked|inspected|serviced|tested|cleaned|maintained|carried out) (regularly|routinely|daily|weekly|monthly)$',
    '(are|is) #Adverb? (checked|inspected|serviced|tested|cleaned|maintained) (before|after) (each|every) #Noun',
    '(trained|qualified|certified) to (respond|handle|deal|act|behave) .{0,4} (appropriately|correctly|properly|professionally|safely)',
    // Made exactly as the customer supplied it: "prepared using the information provided on your form", "copied from the order form".
    '(prepared|produced|printed|built|made) (using|from|based on) the (information|details|files|file|data) (provided|supplied|submitted|given|uploaded)',
    '(copied|taken|pulled) (straight|directly)? (from|off) (the|your) #Noun? (form|order|booking|application|submission)',
    '(driver|drivers|courier|couriers|engineer|engineers|staff|fitters|installers) (follow|follows|followed) (the|your) #Adjective? #Noun? instructions',
  ],
  unless: [
    '(sorry|apologise|apologize|apologies|mistake|our fault|my fault|should not have|on us|our error|wrongly)',
    "(but|however|so|and) (i|we) (have|will|can|am|are|'ve|'ll) #Adverb? #Verb",
    "(i|we) (have|'ve) #Adverb? (found|fixed|refunded|replaced|sent|booked|arranged|rebuilt|reprinted|resent)",
    '(again|now)$',
  ],
  rewrites: [],
  advice: 'Share what you checked and what you will do next ("Our side looks normal, so I\'ve asked our network team to trace your requests and will email you by 3pm").',
  examples: {
    flag: [
      { text: 'Our servers are healthy.', becomes: null },
      { text: 'The payment was sent on time from our end.', becomes: null },
      { text: 'All our vans are inspected before every shift.', becomes: null },
    ],
    pass: [
      'Our servers were healthy, so I looked at your account and found the block.',
      "The label was printed wrongly on our side, and I'm sorry.",
      'Everything is working normally again now.',
    ],
    paraphrases: {
      flag: [
        'Honestly, our booking platform is working as expected.',
        'The transfer was processed correctly on our side.',
        'The voucher was valid when we issued it.',
        'The engineer is certain the boiler was installed properly.',
        'Every harness is tested in line with manufacturer standards.',
        'Our lifeguards are trained to deal with emergencies appropriately.',
        'The invitations were printed from the files supplied.',
        'The name is taken straight from your booking form.',
        'Our couriers follow the delivery instructions on your account.',
        'The sample was tested at our end and it was within range.',
      ],
      pass: [
        "Our servers are healthy again, and I've reset your session.",
        'I have tested the voucher and it works now.',
        'Your boiler was installed by Dan last May, and he will visit tomorrow at 10am.',
        'The invitations were printed yesterday and are on the van.',
        'Please follow the instructions in the email I just sent.',
        'Our driver made a mistake at your door, and I have rebooked the delivery for Friday.',
        'Our team is working on it and I will update you by 5pm.',
        'The harness was checked before your jump, but I have pulled it from use while we look again.',
      ],
    },
  },
});
