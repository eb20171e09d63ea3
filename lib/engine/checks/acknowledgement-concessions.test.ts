/**
 * The acknowledgement line concedes only what the reply itself concedes (issue #10 item 3): a reply that asks the
 * customer to get in touch again, tells them not to, says the wait is normal or scolds them keeps the line's sorry but
 * loses "you shouldn't have had to chase us", "that's far too long", "that's not good enough" or "I'm here to help";
 * a customer who says it was not their fault is never told "it could happen to anyone"; an injury told in plain
 * facts is named as one.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
// The line the card offers, one-click or prefilled in a fill-in: its wording is tested alike.
import { offeringPrefills } from './acknowledgement-offered';
import { situationIn } from '../mood/acknowledge';
import { packOfferingAcknowledgementBesideBlame } from '../../rules/testing/fixtures';

const analyzer = offeringPrefills(createAnalyzer(defaultPack));
const lineFor = (text: string, customerMessage: string, channel: 'email' | 'chat' | 'social' = 'email') =>
  analyzer.analyze(text, { channel, customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings')?.suggestions[0] ?? '';
// Beside a line the pack flags for blaming the customer the default pack offers no line at all
// (acknowledgement-beside-blame.test.ts); the wording such a line would have is read with a pack that offers it.
const besideBlame = offeringPrefills(createAnalyzer(packOfferingAcknowledgementBesideBlame(defaultPack.rules)));
const lineBesideBlame = (text: string, customerMessage: string) =>
  besideBlame.analyze(text, { channel: 'email', customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings')?.suggestions[0] ?? '';

describe('the acknowledgement concedes no more than the reply', () => {
  it('drops the conceded chase when the reply asks for another contact itself', () => {
    const message = "this is the THIRD time I've contacted you. internet drops every evening at 8pm, I work from home and I'm losing money";
    const line = lineFor('You will need to restart your router and wait 24 hours. If the issue persists, contact us again.', message, 'chat');
    expect(line).toMatch(/^I'm sorry this is the third time you've had to get in touch\./);
    expect(line).not.toMatch(/chase us/);
    // The same customer answered with an action keeps the concession.
    expect(lineFor("I've booked an engineer for Thursday at 9am to replace the line card.", message, 'chat')).toMatch(/chase us/);
  });

  it('does not call the wait far too long when the reply says it is within the normal time', () => {
    const message = 'i sent the dress back 3 weeks ago and still no refund. tracking says you got it on the 2nd';
    for (const reply of [
      'Returns are processed within 14 working days of receipt. You will receive an email once processed.',
      'Refunds take 5-7 working days to process. You will receive an email once processed.',
      'Results are released once reviewed, and there is no way to speed this up.',
    ]) {
      const line = lineFor(reply, message, 'chat');
      expect(line).toMatch(/waiting 3 weeks/);
      expect(line).not.toMatch(/far too long/);
    }
  });

  it('drops "not good enough" beside a scolding or a service refused on what the customer did', () => {
    const scolded = lineFor('@dan_p Delays can be claimed via Delay Repay on our website. We do not respond to abuse.', '@NorthRail train cancelled AGAIN, third time this week. Missed a job interview. Absolute joke.', 'social');
    const bins = lineFor('Collections may be missed if bins are not presented at the kerbside by 6am.', 'You missed my bin for the third time this month! Disgraceful.');
    const toldBefore = lineFor(
      'As previously explained on several occasions, the movement has been sent to the manufacturer in Switzerland. We are reliant on them for parts.',
      "You've had my clock 5 months for a repair quoted at 4 weeks. Every time I call I'm told next week.",
    );
    for (const line of [scolded, bins, toldBefore]) {
      expect(line).toMatch(/I'm sorry/);
      expect(line).not.toMatch(/not good enough/);
    }
  });

  it('drops "I\'m here to help" beside "do not contact us again"', () => {
    const line = lineFor(
      'Dear Customer,\n\nYour fault has been passed to Openreach. Please do not contact us again regarding this fault as it delays the repair.\n\nFaults Team',
      "I've been without a landline for 12 days. I'm 84 and it's my only phone. Please send someone.",
    );
    expect(line).not.toBe('');
    expect(line).not.toMatch(/here to help/);
  });
});

describe('the acknowledgement beside a reply that says nothing is wrong on its side', () => {
  it('promises nothing when the reply says the fault is the customer\'s', () => {
    const line = lineBesideBlame("I've checked and our API is healthy. You are clearly sending malformed payloads.", 'Your API has been returning 500s all morning and we are losing orders. Fix it.');
    expect(line).not.toBe('');
    expect(line).not.toMatch(/put it right|here to help/);
  });

  it('concedes nothing beside "staff follow the policy" or "not within our control"', () => {
    const staff = lineFor('An accident form was completed on the day. Staff follow the first aid policy at all times.', 'My son hurt his knee at your soft play and nobody told me when I picked him up!');
    const customs = lineFor('The container is held pending customs clearance. Customs clearance is not within the control of our organisation.', 'My shipment has been stuck at the port for 9 days and nobody can tell me anything. This is costing me money.');
    for (const line of [staff, customs]) {
      expect(line).not.toBe('');
      expect(line).not.toMatch(/far too long|not good enough/);
    }
  });

  it('drops "I\'m here to help" beside a telling-off for calling repeatedly', () => {
    const line = lineBesideBlame(
      'The contractor is booked. Tenants are expected to report faults through the portal, not by calling the office repeatedly.',
      "There's water pouring through my ceiling and I'm really worried it will come down. Nobody has come.",
    );
    expect(line).not.toBe('');
    expect(line).not.toMatch(/here to help/);
  });

  it('goes after a ticket or status header, before the first sentence of prose', () => {
    const line = lineFor(
      'Ticket #448120 - Status: Resolved\n\nThe issue with your login has been fixed on our side. Please clear your cookies.\n\nIT Service Desk',
      "I've been locked out of payroll for two days and can't submit my hours before the deadline!!",
    );
    expect(line).toMatch(/^I'm sorry[^\n]* The issue with your login has been fixed on our side\.$/);
  });
});

describe('the situation the line names', () => {
  it('never reads "it wasn\'t my fault" as the customer\'s own slip', () => {
    expect(situationIn("Someone crashed into my parked car and drove off. Why is my premium going up when it wasn't my fault??")?.sentence ?? '').not.toMatch(/could happen to anyone/);
    expect(situationIn('Through no fault of my own the parcel went to the wrong address.')?.sentence ?? '').not.toMatch(/could happen to anyone/);
    // The slip the customer owns is still met kindly.
    expect(situationIn('I accidentally deleted the folder, completely my own fault.')?.sentence).toMatch(/could happen to anyone/);
  });

  it('reads a device that "died" as no bereavement', () => {
    expect(situationIn('@Voltix my TV died after 13 months, warranty my foot')?.sentence ?? '').not.toMatch(/loss/);
    expect(situationIn('my phone just died and I lost the boarding pass')?.sentence ?? '').not.toMatch(/loss/);
    expect(situationIn('Our dog Biscuit died during surgery last week.')?.sentence).toMatch(/sorry for your loss/);
    expect(situationIn('My husband has died and the account is in his name.')?.sentence).toMatch(/sorry for your loss/);
  });

  it('names an injury told in plain facts, even when the mood reader finds no feeling', () => {
    expect(situationIn('your scooter cut out going downhill and I fell. Grazed all down my arm.')?.sentence).toMatch(/you were hurt/);
    const line = lineFor(
      '@kiki_m Riders use scooters at their own risk, as per the terms of use. Ride charges are final.',
      '@Zoomr your scooter cut out going downhill and I fell. Grazed all down my arm. Then you charged me for the full ride!',
      'social',
    );
    expect(line).toMatch(/^@kiki_m I'm so sorry you were hurt/);
  });
});
