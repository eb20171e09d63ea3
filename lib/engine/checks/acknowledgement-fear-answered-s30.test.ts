/**
 * Reassurance that answers the customer's fear is an acknowledgement of a worry (issue #10: warm replies get no
 * acknowledgement finding): "It's not too late", "A delayed flight isn't your fault", "You did nothing wrong", "You're
 * far from the first", "the money isn't lost". Said to an angry customer it brushes the complaint aside, so it counts
 * only for a worry, a rush or a confusion, like the other reassurance. Written here, none from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const acknowledgementFindings = (reply: string, customerMessage: string) =>
  analyzer.analyze(reply, { channel: 'email', customerMessage }).findings.filter((f) => f.ruleId === 'acknowledge-feelings');

const worried: [string, string][] = [
  ["I'm so worried, I missed the deadline to register my son for the trip because our flight was delayed. Is it too late??", "Hi Joy,\n\nIt's not too late at all! I've added Sam to the list and the form is in your inbox.\n\nBest,\nMira"],
  ["Our flight was delayed 6 hours and we missed the connection. Will we lose our hotel? I'm panicking.", "Hi Tom,\n\nNo, you won't. A delayed flight isn't your fault, and I've let the hotel know you'll arrive tomorrow.\n\nBest,\nMira"],
  ["I think I broke the machine, it's making a horrible noise and I'm scared I'll have to pay for it", 'Hi,\n\nYou did nothing wrong — that noise means the filter needs a clean. I will send an engineer on Monday at no cost.\n\nDee'],
  ["I'm really embarrassed, I sent the payment to the wrong account and I'm worried the money is gone.", "Hi Lou,\n\nYou're far from the first, and the money isn't lost. I've started the recall and it usually takes 3 days.\n\nAmir"],
  ["I'm nervous I messed up my application by ticking the wrong box. Will it be rejected?", "Hi Ana,\n\nIt wasn't your fault at all, the form was confusing. I've corrected the box for you.\n\nLeo"],
  ["Help, I deleted the shared folder by accident and I'm terrified the team's files are gone", "Hi Kit,\n\nThe files aren't lost. I've restored the folder from last night's copy, so everything is back.\n\nRaj"],
];

describe('s30: the fear answered counts as the acknowledgement of a worry', () => {
  it.each(worried)('no acknowledgement finding: %s', (message, reply) => {
    expect(acknowledgementFindings(reply, message)).toEqual([]);
  });

  it.each<[string, string]>([
    ['This is the third time my order has been cancelled without explanation. I am livid.', "Hi Sam,\n\nThis isn't your fault. I've placed the order again myself.\n\nMo"],
    ["Your driver left my parcel in the rain and everything is ruined. Absolutely furious.", "Hi,\n\nYou did nothing wrong. A replacement goes out tomorrow.\n\nJo"],
  ])('an angry customer is still owed an acknowledgement: %s', (message, reply) => {
    expect(acknowledgementFindings(reply, message)).not.toEqual([]);
  });

  it('"you\'re not the only one" is no acknowledgement of a worry', () => {
    const message = "I'm really worried, my pension payment hasn't arrived and my rent is due tomorrow.";
    const reply = "Hi Pat,\n\nYou're not the only customer affected. Payments are delayed across the board.\n\nBank Support";
    expect(acknowledgementFindings(reply, message)).not.toEqual([]);
  });
});
