import { defineRule } from '../define';
import { OUR_SIDE_UNLESS } from '../our-side-unless';

// Its hand-over patterns ("fine when it left us", "checked before dispatch") moved to `fine-when-it-left-us` (session 26).
export default defineRule({
  id: 'our-side-was-fine',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  title: 'Declaring our side fine',
  description:
    'Answering a problem by vouching for our own side before anyone has looked: "our servers are healthy", "the file was sent on time from our end", "all our fitters are trained professionals", "made using the details you provided".',
  message: 'Ownership: vouching for our own side tells the customer the problem must be theirs; say what you checked, what you found, and what you will do next.',
  patterns: [
    // Our systems or kit declared well: "Our servers are healthy.", "our platform is working as expected".
    'our #Adjective? #Noun+ (is|are) #Adverb? (healthy|operational|stable|fine|green)$',
    '(our|the) #Adjective? #Noun+ (is|are|was|were) #Adverb? (working|running|operating) (fine|normally|correctly|perfectly|as expected|as intended)',
    // Done right "from our side": "the payment was sent on time from our end", "the order was processed correctly on our side".
    '(was|were|is|are) #Adverb? (submitted|sent|processed|dispatched|tested|checked|fine) #Adverb? (on time|in full)? (from|on|at) (our|my) (side|end)',
    '(at|on|from) (our|my) (side|end) #Adverb? (which|and it|and they|and that) (was|were|is|are) #Adverb? (fine|within|normal|correct|ok|okay|in)',
    // Our people vouched for: "the fitters are adamant it was installed correctly".
    '(they|he|she|staff|engineer|engineers|fitters|installers|drivers) (are|is|were|was) (adamant|certain|satisfied) .{1,6} (was|were) #Adverb? #PastTense',
    // Our standards read out instead of an answer: "serviced to manufacturer standards", "checked before each dive".
    '(serviced|checked|inspected|maintained|tested|calibrated) (to|in line with|according to) the? #Adjective? #Noun? (standards|standard|guidelines|specifications)',
    '(are|is) #Adverb? (checked|inspected|serviced|tested|cleaned|maintained|carried out) (regularly|routinely|daily|weekly|monthly)$',
    '(trained|qualified|certified) to (respond|handle|deal|act|behave) .{0,4} (appropriately|correctly|properly|professionally|safely)',
    // Made exactly as the customer supplied it: "prepared using the information provided on your form", "copied from the order form".
    '(prepared|produced|printed|built|made) (using|from|based on) the (information|details|files|file|data) (provided|supplied|submitted|given|uploaded)',
    '(copied|taken|pulled) (straight|directly)? (from|off) (the|your) #Noun? (form|order|booking|application|submission)',
    '(driver|drivers|courier|couriers|engineer|engineers|staff|fitters|installers) (follow|follows|followed) (the|your) #Adjective? #Noun? instructions',
    '(hard|difficult) to see how (this|that|it|the #Noun) (could|would|might|can) have (happened|occurred|been)',
    '(records|logs|notes|checks) (confirm|confirmed|show|shows) (that)? the #Noun+ (sent|delivered|fitted|supplied|dispatched)',
    '(confirmed|confirm|confirms) (that)? (this|the|all|it) #Noun? (passed|met) (inspection|checks|quality control|qc|all)',
    '(performed|worked|functioned|operated|behaved) #Adverb? (as designed|as intended|as expected|to specification|to spec)',
    '(we are|i am) (confident|satisfied|certain) (that)? (the|our) #Noun+ (is|was|were|are|has|have) (been|being)? (delivered|done|completed|provided)',
    'will have been (#PastTense|#Participle|set|put|cut|fit) (correctly|properly|accurately|to standard|as required)',
    '(did|done) (everything|all) (they|we|he|she|within|in) (could|their|our|his|her) (power|control)?',
    // The work declared done right: "The service was carried out correctly.", "Our crew completed the work to specification."
    '(was|were|been) (completed|carried out|done|performed|applied|fitted|installed|serviced) (correctly|properly|fully|to specification|to standard)$',
    '(completed|carried out|did|performed|finished|cleared) (the|all|his|her|their|our|its) #Noun+ (correctly|properly|fully|to specification|to spec|to standard)',
    '(has|have) #Adverb? (re-formed|reformed|returned|recurred|developed) since (our|the) #Noun? (attendance|visit|repair|service|fitting|installation)',
    // Our people did it by the book: "Staff followed procedure.", "our driver followed all loading procedures correctly".
    '#Noun (followed|follows|adhered to) (all|the|our|correct)? #Adjective? #Noun? (procedure|procedures|process|protocol|protocols|guidelines)',
    // Our people vouched for by their training: "Our marshals are trained professionals."
    '^(our|the|all our) #Noun+ (are|is) (all)? (fully|highly)? (trained|qualified|experienced|certified) (professionals|staff|experts|engineers|technicians|people)',
    // Nothing found, so nothing happened: "nothing was noted", "no damage was recorded".
    '(nothing|no issues|no issue|no faults|no fault|no damage|no problems|no defects) (was|were) (noted|found|reported|recorded|logged|seen|raised)',
    // The system said to be unable to err: "The app doesn't take payments twice."
    '(the|our) #Noun (do|does|can|will)? (not|never) (take|charge|bill|lose|delete|send|make|process|debit) #Noun? (twice|double|mistakes|errors)',
    // Made exactly as ordered: "We sent the size you ordered.", "We make to the measurements supplied."
    '(sent|supplied|made|delivered|printed|fitted|is) exactly? (the #Noun|what|the one) that? you #Adverb? (ordered|chose|picked|selected|specified|requested)',
  ],
  unless: OUR_SIDE_UNLESS,
  rewrites: [],
  advice: 'Share what you checked and what you will do next ("Our side looks normal, so I\'ve asked our network team to trace your requests and will email you by 3pm").',
  examples: {
    flag: [
      { text: 'Our servers are healthy.', becomes: null },
      { text: 'The payment was sent on time from our end.', becomes: null },
      { text: 'Our crew followed the loading procedure.', becomes: null },
    ],
    pass: [
      'Our servers were healthy, so I looked at your account and found the block.',
      "The label was printed wrongly on our side, and I'm sorry.",
      'Everything is working normally again now.',
    ],
    paraphrases: {
      flag: [
        "The crew followed the loading procedure.",
        "All our instructors are fully qualified professionals.",
        "No faults were found.",
        "Our terminal does not charge twice.",
        "We sent exactly what you ordered.",
        'Honestly, our booking platform is working as expected.',
        'The transfer was processed correctly on our side.',
        'The engineer is certain the boiler was installed properly.',
        'Every harness is tested in line with manufacturer standards.',
        'Our lifeguards are trained to deal with emergencies appropriately.',
        'The invitations were printed from the files supplied.',
        'The name is taken straight from your booking form.',
        'Our couriers follow the delivery instructions on your account.',
        'The sample was tested at our end and it was within range.',
        'It is difficult to see how the scratch could have occurred in our van.',
        'Our dispatch notes confirm the parcel sent was the right size.',
        'The inspector confirmed the boiler passed all checks.',
        'The alarm functioned exactly as intended.',
        'I am satisfied that the cleaning was done to standard.',
        'The pressure will have been set correctly by our engineer.',
        'The crew did everything within their control.',
        'The damp has returned since our visit.',
        'The refit was carried out correctly.',
        'Our fitters completed the installation to specification.',
        'The meter is working perfectly.',
        'The engineer cleared the drains fully.',
      ],
      pass: [
        'The refit was not carried out correctly, and I have booked the fitter to redo it on Monday.',
        'Our fitters completed the installation on Tuesday, and I will call you tomorrow to check the heating.',
        'Your ID is checked before boarding.',
        'The meter is working perfectly again now.',
        'Jo completed the repair this morning.',
        'Please leave the parcel in the porch if we are out.',
        "The crew didn't follow the loading procedure, and I'm sorry.",
        "Every unit is checked before dispatch, but this one slipped through, so I have sent a new one.",
        "No faults were found, but I have replaced the unit anyway.",
        "Our instructors are trained to help beginners, so book whenever suits you.",
        "The app never charges twice for one ride, so I have refunded the second charge today.",
        "Our servers are healthy again, and I've reset your session.",
        'I have tested the voucher and it works now.',
        'Your boiler was installed by Dan last May, and he will visit tomorrow at 10am.',
        'The invitations were printed yesterday and are on the van.',
        'Please follow the instructions in the email I just sent.',
        'Our driver made a mistake at your door, and I have rebooked the delivery for Friday.',
        'Our team is working on it and I will update you by 5pm.',
        'The harness was checked before your jump, but I have pulled it from use while we look again.',
        'It is hard to see how this happened, so I have sent an engineer to find out today.',
        'The inspector confirmed the boiler passed all checks, but the noise is real, so I am sending someone tomorrow.',
        'The new heater worked exactly as intended when I tested it again.',
        'I am sure the new part will fix it, and I will call you on Friday to check.',
        'The damp has returned since our visit, which means we got it wrong, so I am coming back on Monday.',
      ],
    },
  },
});
