/**
 * One table per family of layouts from a thirteenth batch (data/layouts/dev-extra-l.jsonl, issue 15): helpdesk macros
 * whose merge fields were left as written ("{{current_user.first_name}}" under the valediction), a first name with a role
 * on one line ("Priya | Billing"), valedictions in more languages, machine translations framed with one dash or flagged
 * with a globe, and bullets drawn as arrows, ticks, crosses and diamonds. Each row another shape of the family, and rows
 * of the agent's own words that look alike.
 */
import { describe, expect, it } from 'vitest';
import { kindOf } from './fixtures/kind-of';
import { isChatNotice, isMessageSeparator, isNameField, isNameWithRole, listMarkerLength } from './patterns';

const SKIPPED = new Set(['signature', 'footer', 'quote', 'code']);
const skipped = (text: string, needle: string) => SKIPPED.has(kindOf(text, needle) ?? '');

describe('a macro’s merge field signed under the valediction', () => {
  it.each(['{{current_user.first_name}}', '{{agent.name}}', '{{ticket.agent.name}}', '{!User.Name}', '%%agent_name%%', '<<Agent Name>>', '${agent.name}'])(
    'is the signed name: %s',
    (field) => {
      const text = `Hi {{ticket.requester.first_name}},\n\nYour refund went through today and lands in 3 days.\n\nBest,\n${field}\n{{agent.title}}`;
      expect(kindOf(text, field)).toBe('sign-off');
      expect(kindOf(text, 'Best,')).toBe('sign-off');
      expect(kindOf(text, '{{agent.title}}')).toBe('signature');
      expect(kindOf(text, 'Your refund')).toBe('body');
    },
  );

  it('signs a reply with no valediction, over the brand’s line', () => {
    const text = 'Hi {{ticket.requester.first_name}},\n\nTours cancelled for weather are moved to the next free date.\n\n{{ticket.agent.name}}\n{{ticket.brand.name}} Support';
    expect(kindOf(text, '{{ticket.agent.name}}')).toBe('sign-off');
    expect(kindOf(text, '{{ticket.brand.name}} Support')).toBe('signature');
  });

  it('reads a whole signature’s field, or a field that names no one, as no name', () => {
    expect(isNameField('{{current_user.first_name}}')).toBe(true);
    expect(isNameField('%%agent_name%%')).toBe(true);
    expect(isNameField('{{agent.signature}}')).toBe(false);
    expect(isNameField('{{ticket.id}}')).toBe(false);
    expect(isNameField('Your name is {{name}} on the booking')).toBe(false);
    const text = 'Hi Zara,\n\nA fresh bouquet goes out tomorrow morning.\n\nBest,\nMarta\n{{agent.signature}}';
    expect(kindOf(text, '{{agent.signature}}')).toBe('signature');
    expect(kindOf(text, 'Marta')).toBe('sign-off');
  });
});

describe('a first name with a role on one line', () => {
  it.each([
    ['Kind regards,', 'Priya | Billing'],
    ['Best,', 'Tom · Support Lead'],
    ['With care,', 'Ana – Customer Care'],
    ['Cheers,', 'Jon / Returns'],
    ['Best wishes,', 'Mei (Billing)'],
    ['Thanks!', 'Kofi, Accounts'],
    ['Cheers,', 'Sam — Night desk'],
    ['Stay awesome,', 'Rook | Player Support'],
    ['Regards,', "JAMES O'CONNOR | Senior Parts Adviser"],
    ['All the best,', 'Ravi | Reception\nOakfield Vets · 0161 555 0142'],
  ])('%s ⏎ %s: the valediction signs off, the name with its role is signature', (valediction, signature) => {
    const text = `Hi Tomás,\n\nThat fee was for an instant transfer, so I've refunded it today.\n\n${valediction}\n${signature}`;
    expect(kindOf(text, valediction)).toBe('sign-off');
    for (const line of signature.split('\n')) expect(skipped(text, line), line).toBe(true);
    expect(kindOf(text, 'That fee')).toBe('body');
  });

  it.each(['Priya', 'Kofi, Ama', 'Regards / Tom', 'Payroll Services | HR Shared Services', 'The Billing Team', 'Ana de la Cruz'])(
    'keeps a name that carries no role as the agent’s: %s',
    (name) => {
      expect(isNameWithRole(name)).toBe(false);
      const text = `Hi Tomás,\n\nThat fee was for an instant transfer, so I've refunded it today.\n\nKind regards,\n${name}`;
      expect(kindOf(text, name)).toBe('sign-off');
    },
  );

  it('reads the shapes of a name with a role, and a sentence that starts with a name as none', () => {
    expect(isNameWithRole('Hannah, Appliance Care')).toBe(true);
    expect(isNameWithRole('Greta | Hosting | she/her')).toBe(true);
    expect(isNameWithRole('Luis | Collections')).toBe(true);
    expect(isNameWithRole('Kofi, thanks again for waiting.')).toBe(false);
    expect(isNameWithRole('Thanks, Ellie')).toBe(false);
  });
});

describe('valedictions in more languages', () => {
  it.each([
    ['Serdecznie pozdrawiam', 'Marta Nowak', 'Dział Obsługi Klienta'],
    ['Pozdrawiam serdecznie,', 'Kasia', 'Sklep Planszówka'],
    ['Med vänliga hälsningar', 'Erik', 'Kundservice, Soffbolaget'],
  ])('%s ⏎ %s ⏎ %s', (valediction, name, signature) => {
    const text = `Hello,\n\nThe driver followed the delivery instructions on the account.\n\n${valediction}\n${name}\n${signature}`;
    expect(kindOf(text, valediction)).toBe('sign-off');
    expect(kindOf(text, name)).toBe('sign-off');
    expect(kindOf(text, signature)).toBe('signature');
  });
});

describe('a machine translation framed with one dash, or announced with a globe', () => {
  it.each([
    '— Automatically translated from Italian —\nMy band won’t charge any more.\n— Original —\nIl mio braccialetto non si carica più.',
    '– Translated message (German → English) –\nThe thermostat will not connect.',
    '— Original message —\nMi pedido llegó roto.',
  ])('%s', (block) => {
    const text = `Hello,\n\nThe warranty covers the charger, so a new one ships today.\n\nSupport\n\n${block}`;
    for (const line of block.split('\n')) expect(skipped(text, line), line).toBe(true);
    expect(kindOf(text, 'The warranty')).toBe('body');
  });

  it.each(['🌐 Translated from Italian', '🌍 Auto-translated', '🌐️ Translated from Portuguese'])('a chat’s translation notice: %s', (notice) => {
    expect(isChatNotice(notice)).toBe(true);
    const text = `${notice}\nHi Paolo! A new remote is on its way today, free of charge.`;
    expect(skipped(text, notice)).toBe(true);
    expect(kindOf(text, 'Hi Paolo')).not.toBe('footer');
    expect(skipped(text, 'A new remote')).toBe(false);
  });

  it.each(['— Raj', '– Leila', '—Team Nimbus (AK)', '— with love from all of us in Lisbon —'])('keeps a dashed sign-off or a framed phrase with no message word: %s', (line) => {
    expect(isMessageSeparator(line)).toBe(false);
  });
});

describe('bullets drawn as arrows, ticks, crosses and diamonds', () => {
  it.each(['→', '➔', '✔', '✓', '✘', '◆', '■', '✔️'])('%s items stay the agent’s list, signed by a team', (mark) => {
    const text = `Hello,\n\nThe claim was refused because:\n${mark} the policy had lapsed\n${mark} the driver was not named\n${mark} the damage was reported late\n\nClaims Team`;
    expect(kindOf(text, 'The claim was refused')).toBe('body');
    expect(kindOf(text, `${mark} the policy`)).toBe('list-item');
    expect(kindOf(text, `${mark} the damage`)).toBe('list-item');
    expect(kindOf(text, 'Claims Team')).toBe('sign-off');
  });

  it('reads a mark alone, a read receipt or an arrow in a sentence as no item', () => {
    expect(listMarkerLength('→')).toBe(0);
    expect(listMarkerLength('✓✓ Seen')).toBe(0);
    expect(listMarkerLength('Tap Settings → Privacy to change it.')).toBe(0);
    expect(listMarkerLength('✔ income added')).toBe(2);
    expect(isChatNotice('✓✓')).toBe(true);
  });
});
