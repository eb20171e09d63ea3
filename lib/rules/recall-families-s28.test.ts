/**
 * Session 28 (issue #10, held-out recall on urgency, empathy, positivity, interaction and plain-language): each family is tested on its
 * rule alone, with paraphrases written here (not from dev-extra-da, a check batch or held-out data) and near misses,
 * some of them sentences of warm dev replies (ac031, ab054, cc018, d0024, at031, j0049) that must stay quiet. Every
 * flag here was missed by its rule before this session.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['a queue named by its key or its sequence, in any verb: "in order of request", "in date order", "in the sequence they arrive"', 'processed-in-order',
    ['Site surveys are booked in order of request.', 'Permits are issued in date order.', 'Bookings are confirmed in the sequence they arrive.',
      'Titles are reviewed in the order in which they are received.', 'We answer emails in the order that they came in.',
      'Repairs are assessed in arrival order.'],
    ["Here's how I'd do it, in the order that saves you the most time:", 'In order to book, just reply with a time that suits you.',
      'Your invoices are listed in date order on the billing page.', 'Your items were packed in the order you listed them.',
      'Claims are assessed in the order they arrive, within two working days.']],
  ['a slot given by whoever is free, not by a time: availability, capacity, a rolling basis, "when drivers are available"', 'processed-in-order',
    ['Home visits are arranged based on nurse availability.', 'We allocate repair slots according to engineer availability.',
      'Engineer visits are scheduled according to availability.', 'Valuations are scheduled based on surveyor availability within the region.',
      'Parcels are sent out when drivers are available.', 'Tickets are released on a rolling basis.',
      'Collections are planned on a route-by-route basis.'],
    ["As she can't guarantee her availability, I've matched Ben with Mr Harris, who teaches GCSE maths full time.",
      'Fittings are booked based on your availability, so pick any evening next week.',
      'I booked the engineer based on your availability: Thursday at 10am.',
      'Your refund was sent when the return arrived, on 3 May.', 'Visits are arranged based on nurse availability, and yours is on Monday at 9am.']],
  ['sorry for "your experience" in any frame, with or without a subject or a "to hear"', 'stock-sympathy',
    ['Sorry to hear about your experience!', "We're sorry you've had this experience.", 'Hi Marta, sorry for your experience.',
      'I am so sorry that you had this experience.', 'We are sorry to hear of your recent experience with us.'],
    ["I'm sorry about your experience at the gate, and I've refunded the fare.", 'Sorry you had a long wait for the bus.',
      "I'm sorry to hear the delivery driver left your parcel in the rain.", "That's not the experience we want you to have."]],
  ['thanks for the wait or the complaint as a formula: appreciated patience, valued feedback', 'stock-sympathy',
    ['We appreciate your patience.', 'We value your feedback regarding your recent visit.', 'Your patience is greatly appreciated.',
      'Thank you for your kind understanding.', 'I appreciate your feedback about the tour.'],
    ["I know you've waited a while, and I appreciate your patience more than I can say.",
      'Your patience with the builders is appreciated, and the scaffolding comes down on Friday.',
      "We value your feedback, so I've passed it to Dan who runs the kitchen.", 'Thanks so much for your patience while I sorted this out!']],
  ['the remedy refused as a bare "no …" in any tense, or "there is no …"', 'bare-not-available',
    ['No reimbursement will be made for the unused nights.', 'Unfortunately no compensation is payable.',
      'The match went ahead, so there is no refund.', "There's no guarantee of getting the files back.", 'No credit is due for the missed lesson.'],
    ["There's no guarantee, but I'll ask the driver to check the van tonight.", 'Is there no refund at all for the second night?',
      "Don't worry at all, pieces go missing all the time with little ones, and there's no charge.",
      "It's covered under our 12-month guarantee, so there's no charge.", 'No refund is needed, because the charge was never taken.']],
  ['the usual wait, or a priority, named instead of a date', 'vague-soon',
    ['Your bond will be released in the usual timescale.', 'The claim will be assessed in line with our standard timescales.',
      'If you need a remake, the normal turnaround applies.', 'Someone will look at this as a matter of urgency.',
      'Your deposit comes back within the usual timeframe.'],
    ["As mentioned on the ticket, the standard turnaround is 48 hours, so they'll be ready for you from 5pm tomorrow.",
      'I will chase this as a matter of urgency and call you by 3pm.', 'Your refund went out in the usual way, to the card you paid with.']],
  ['the office\'s reason word or whose availability, in any frame: "due to operational reasons", "subject to surgeon availability"', 'policy-jargon',
    ['Flight times are subject to variation.', 'Evening lessons are subject to instructor availability.', 'Deliveries are subject to route scheduling.',
      'The 9:15 sailing was withdrawn due to operational reasons.', 'Unfortunately the visit could not go ahead owing to staffing constraints.',
      'Lifts are closed from time to time for operational reasons.'],
    ['There is some variation in colour between batches, as each tile is hand-glazed.',
      'Your availability is all we need, so just reply with a day that suits you.',
      'The ferry was late because of a mechanical fault, and we have refunded your fare.',
      'The boiler was switched off for safety, and the engineer is back at 8am to replace the valve.']],
];

describeRecallFamilies('recall families, session 28', cases);
