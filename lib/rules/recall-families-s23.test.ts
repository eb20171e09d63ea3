/**
 * Session 23 (issue #10, held-out recall on interaction, plain-language and respect): each family widened by grammar is
 * tested on its rule alone, with paraphrases written here (not from dev-extra-cj, a check batch or held-out data) and
 * near misses, several of them sentences of warm dev replies that must stay quiet. Every flag here was missed by the
 * rule before this session. (The session's respect and code families were withdrawn before merging: see the branch history.)
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['a contact order to us and nothing more', 'sent-to-a-channel',
    ['DM us.', 'Pls message the team for a refund.', 'Kindly inbox us.', 'Shoot us an email.'],
    // Warm dev replies: the contact order beside what the agent will do, or as a fallback.
    ['DM us and we can look at cheaper options together.', "DM us your player ID and we'll restore it today.",
      "Please DM us your file reference and we'll trace it now and call you with an update by 6pm.", "DM us if it's not back by then."]],
  ['a topic fronted, then the errand', 'sent-to-a-channel',
    ['For lost property please visit the station office.', 'For anything else head to the members area.', 'For parts questions go through the dealer directly.', 'For setup tips visit help.example.com.'],
    ['For the refund, I have already sent it to your card.', 'For Saturday, I have booked you the 10am slot.']],
  ['an errand done through a channel', 'sent-to-a-channel',
    ['Raise it with the courier via their website.', 'If it happens again log a fault via the tenant hub.', 'You could request a callback through the patient portal.'],
    ["I've logged a fault via the tenant hub for you, and the engineer comes Tuesday.", 'Your parcel is on its way via the Leeds depot.']],
  ['where the answer lives instead of the answer', 'sent-to-a-channel',
    ['Timetable on the club website.', 'Opening times are on the calendar on our site.', "There's a reel on our Instagram page.", 'Term dates are published on the school website.'],
    ['The calendar is on the fridge.', "I'll post the dates on our site tonight and text you the link."]],
  ['"revert" as reply, by a person with a time', 'revert-back',
    ['Our claims officer will revert within 3 working days.', 'I will ask the warehouse and revert.'],
    ['Your plan will revert to the standard rate in June.', 'The settings will revert after a restart.']],
];

describeRecallFamilies('recall families widened by grammar (issue #10, session 23)', cases);
