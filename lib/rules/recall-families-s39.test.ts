/**
 * Session 39, shape39 (issue #10, cause b: an aimed rule knows the head word but not the shape). The urgency and
 * interaction rules widened by one grammar change each: the wait said in the progressive or as someone else's update,
 * and "check out" with its particle. (The errand to a page asked as a question, "Have you tried … using the steps
 * here: …", was tried in see-our-guide and reverted: real social replies 0.34 -> 0.39 findings per reply.) Flags and
 * near misses are written here, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['the wait on a third party said in the progressive, any subject and adverb', 'waiting-on-others',
    ["Worktops come from the mason and we're waiting on them.", 'We are still waiting for the manufacturer to reply.',
      'I am currently waiting on the landlord.', "we're just waiting for our depot, sorry",
      'We are waiting for their engineer to sign it off.', "I'm still waiting on his report before anything can move."],
    ["We're waiting on the mason, and I'll ring you at 10am tomorrow with a fitting date.",
      "I'm waiting for the bank to confirm, and I'll text you the moment they do.",
      'We are waiting for you at gate 4 whenever you are ready.', "I'm still waiting for your photos of the crack.",
      'We are waiting on the depot, which has promised the part for Thursday.',
      'We were waiting for the manufacturer, but they replied this morning and your refund is out.']],
  ["someone else's update hung on their news, or a bare \"Will update when…\"", 'waiting-on-others',
    ["Your case sits with the fraud team and they'll update you as soon as there's news.",
      'The surveyor will advise once the ground has dried out.', 'Our warehouse team will notify you when stock lands.',
      'Will update when resolved.', 'will revert once confirmed', 'She will inform you when the panel has met.'],
    ["I'll update you as soon as the surveyor calls me.", 'They will update you by 5pm today either way.',
      'The driver will text you when he is 15 minutes away.', 'I will advise you once I hear, and by Friday at the latest.',
      'Our team updated your booking when you called.', 'Will you update me when you get home? Then I can book the engineer.']],
  ['"check out" with its particle, pointing at a page for the answer', 'see-the-website',
    ['Check out help.example.com/reset for more info.', 'Check out status.example.com for live updates rather than calling.',
      'Please check out https://example.com/faq for details.', 'You can check out www.example.com/sizes for more.',
      'Check out example.com/help for the latest.', 'check out https://example.com/status for updates'],
    ["Check out https://example.com/menu for the new menu, and I've added your loyalty points.",
      "I'll check out https://example.com/x for you and reply by 3pm.", 'Check out time is 11am, but I have extended yours to 1pm.',
      'I checked out your order and it left the depot this morning.', 'Please check your spam folder for the reset email.',
      "Check out help.example.com/reset, though I've already reset it for you."]],
];

describeRecallFamilies('recall families, session 39 (cause b: the aimed rule knows the word, not the shape)', cases);
