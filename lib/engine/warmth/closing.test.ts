import { describe, expect, it } from 'vitest';
import { withoutClosing } from './closing';

const line = (text: string, part = 'body') => ({ text, part, ownLine: true });
const texts = (sentences: { text: string }[]) => sentences.map((s) => s.text);

describe('withoutClosing: what warmth is read from', () => {
  it('leaves out the sign-off, and a team or role signed on its own line under the reply', () => {
    expect(texts(withoutClosing([line('Your replacement card is on its way.'), line('Payflow Support')]))).toEqual(['Your replacement card is on its way.']);
    expect(texts(withoutClosing([line('The AGM is on the 4th.'), line('Membership Sec.')]))).toEqual(['The AGM is on the 4th.']);
    expect(texts(withoutClosing([line('All sorted now.'), line('Kind regards,', 'sign-off'), line('Tomás', 'sign-off')]))).toEqual(['All sorted now.']);
  });

  it("keeps a cold reply's last sentence on its own line, though a few words in capitals read like a name", () => {
    for (const last of ['No.', 'Not Eligible.', 'Case Closed!', 'Request Denied.']) {
      expect(texts(withoutClosing([line('Your refund request has been reviewed.'), line(last)]))).toEqual(['Your refund request has been reviewed.', last]);
    }
  });

  it("keeps a chat's unpunctuated last answer that says no, though it reads like a name", () => {
    for (const last of ['Not Eligible', 'No Refund', "Can't Help", 'Nothing Further']) {
      expect(texts(withoutClosing([line('Checked your order.'), line(last)]))).toEqual(['Checked your order.', last]);
    }
    expect(texts(withoutClosing([line('Checked your order.'), line('Noble Travel Support')]))).toEqual(['Checked your order.']);
  });
});
