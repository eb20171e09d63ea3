/**
 * A fault of ours told as plain facts: something we (or ours: "your engineer", "the gates you made") did, and a bad
 * outcome told beside it — no feeling word, yet a person reads a complaint that wants acknowledging. Near misses: what
 * we did went fine, the customer's own "not" ("I haven't tried it yet"), thanks beside it, a question only.
 * Messages are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('a fault of ours told as facts', {
  upset: [
    'The blinds you fitted on Monday are 4cm too short for the window.',
    'Your plumber replaced the tap and now the kitchen floor is wet every morning. It leaks.',
    'You printed the wrong date on all 200 invitations.',
    'The frame you made for the mirror does not close at the corner.',
    'Your courier left the tiles at number 14 instead of 41 and they are missing now.',
    'You updated the app last night. The export button has gone and the reports are lost.',
  ],
  calm: [
    'Your courier dropped the parcel off this morning, no problems at all.',
    'You sent the new code yesterday. I have not tried it yet.',
    'The blinds you fitted look great, thank you! Could you quote for the bedroom too?',
    'Did you send the invoice to my old address?',
    'You helped my dad set up his tablet last week. He would like a hand with the camera now.',
  ],
});
