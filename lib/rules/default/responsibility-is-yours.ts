import { defineRule } from '../define';

/**
 * The duty put in the "responsibility of" shape with any customer role (session 39, split out of
 * customers-are-responsible, whose 30 patterns were full): "It is the responsibility of participants to check…",
 * "Lost property is the responsibility of the students", "the onus for choosing the size lies with the buyer",
 * "Responsibility passes to the recipient", "it is down to the homeowner to…". The roles are split in groups so each
 * pattern stays within 160 characters (the limit then; 400 since session 41); a role is never staff or a third party (courier, landlord, airline, driver).
 */
const ONE_A = 'customer|client|user|member|guest|tenant|hirer|holder|planholder';
const ONE_B = 'policyholder|resident|patient|participant|candidate|student';
const ONE_C = 'applicant|recipient|homeowner|consignee|passenger|cardholder';
const ONE_D = 'subscriber|parent|buyer|renter|account holder';
const MANY_A = 'customers|clients|users|members|guests|tenants|hirers|holders';
const MANY_B = 'planholders|policyholders|residents|patients|participants|renters';
const MANY_C = 'candidates|students|applicants|recipients|homeowners|consignees';
const MANY_D = 'passengers|cardholders|subscribers|parents|buyers|account holders';
const ONE = [ONE_A, ONE_B, ONE_C, ONE_D];
const MANY = [MANY_A, MANY_B, MANY_C, MANY_D];

export default defineRule({
  id: 'responsibility-is-yours',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "It is the responsibility of the customer…" reads as a rulebook aimed at them; a friendly request lands better.',
  patterns: [
    // "…is the responsibility of all participants", "Lost property is the responsibility of the students".
    ...[...ONE, ...MANY].map((who) => `(is|are) #Adverb? (the|a) sole? (responsibility|duty|obligation) of (the|each|every|all)? (${who})`),
    // A role narrowed by a word before it: "the responsibility of the lead passenger", "…of the host member".
    '(responsibility|duty|obligation) of the (lead|host|main|named|registered|primary) (passenger|member|guest|applicant|driver|user|customer|account holder)',
    // "The onus for checking the measurements rests with the buyer."
    ...ONE.map((who) => `(responsibility|onus) for .{1,6} (is|lies|rests|falls) (with|on|upon) (the|each|every|any)? (${who})`),
    // "Responsibility transfers to the consignee once the goods are signed for."
    ...ONE.map((who) => `responsibility (passes|passed|transfers|transferred|moves) to (the|each)? (${who})`),
    // "its down to the homeowner to bleed the radiators" (customers-are-responsible has the common roles).
    `(up to|down to) (the|each)? (${ONE_B}|${ONE_C}) to #Verb`,
    `(up to|down to) (the|each|every)? (${ONE_D}) to #Verb`,
    '(up to|down to) (the|all)? (participants|candidates|students|applicants|recipients|homeowners|residents|patients|policyholders) to #Verb',
    `(up to|down to) (the|each|every|all)? (${MANY_D}) to #Verb`,
    // "incumbent upon the planholder's family to review the schedule" (its-your-responsibility has one noun).
    'incumbent (upon|on) (the|each|every|all|any)? #Noun #Noun to #Verb',
    // "Candidates are fully responsible for checking the visa rules", "Students are responsible for their own laptops".
    ...MANY.map((who) => `(${who}) are #Adverb? (solely|fully|entirely)? (responsible|liable) for (#Gerund|their own|all their)`),
    // "Kindly note it is the cardholder's own responsibility."
    `it is (the|each|every) (${ONE_A}) (own|sole)? (responsibility|duty|obligation)`,
    `it is (the|each|every) (${ONE_B}|cardholder|account holder) (own|sole)? (responsibility|duty|obligation)`,
  ],
  // customers-are-responsible's near-misses: the team's own duty, a duty denied, or one already met.
  unless: [
    '(we|i) (will|have|can|am|are) #Adverb? (remind|ask|check|help|send|arrange|do)',
    'not (responsible|liable)',
    'so (this|that|your) #Noun? (is|was|will be) #Adverb? (enough|fine)',
  ],
  // The shape has no action to carry into "we ask everyone to…" (the duty is often left off), so no safe rewording.
  rewrites: [],
  advice: 'Ask the customer kindly for what is needed, in your own voice, and say why it helps them.',
  examples: {
    flag: [
      { text: 'It is the responsibility of all participants to bring their own helmets.', becomes: null },
      { text: 'Lost keys are the responsibility of residents, not the concierge.', becomes: null },
      { text: 'Responsibility transfers to the consignee once the goods are signed for.', becomes: null },
    ],
    pass: [
      'Delivery is the responsibility of the courier, and I have chased them today.',
      'It is the responsibility of our team to keep you updated, and we will.',
      'Students are not responsible for the lost laptops; the school will replace them.',
    ],
    paraphrases: {
      flag: [
        'As per T&Cs it is the responsibility of the lead passenger.',
        'Lost property is the responsibility of the students.',
        'The onus for checking the measurements rests with the buyer.',
        'It is incumbent upon the planholder\'s family to review the schedule.',
        'its down to the homeowner to bleed the radiators mate',
        'Candidates are fully responsible for checking the visa rules of the host country.',
        'Students are responsible for their own laptops while on site.',
        "Kindly note it is the cardholder's own responsibility.",
        'Attendance is the sole responsibility of each candidate.',
        'Responsibility passes to the recipient once delivery is completed.',
      ],
      pass: [
        'Repairs are the responsibility of the owner of the building, so I have reported it to them for you.',
        "It is up to you which day suits, and I will book it.",
        "It's up to the driver to load the van, and he will be there at 9am.",
        'The repair is the responsibility of the landlord, and I have asked him to call you today.',
        'Residents are not responsible for the missed collection.',
        'Our engineers are responsible for the repair, and I have booked them for Monday.',
        'Responsibility passes to us until the parcel is signed for, so any damage before then is ours to fix.',
        "It is the responsibility of the airline to rebook you, and I've chased them for you.",
        'The onus for proving the fault is on us, not you.',
        'It is up to the student union to set the dates, and I will send them to you as soon as I have them.',
        'It is the responsibility of our customer care team to call you back, and Priya will ring at 3.',
      ],
    },
  },
});
