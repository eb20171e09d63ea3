import { describe, expect, it } from 'vitest';
import { checkLanguage } from './language';

/**
 * Session 38 (issue 10, cause d): a terse English reply with few of the English function words the check counts was
 * read as another language, and the whole reply went unchecked: every rule's finding in it dropped.
 */

/** Each reply reads as `expected`. */
const readAs = (replies: readonly string[], expected: object) => {
  for (const reply of replies) expect(checkLanguage(reply), reply).toEqual(expected);
};

describe('the language check on terse English replies', () => {
  it('reads a terse tweet of English words as English', () => {
    readAs(
      [
        "@kev_b It's rush hour, roads jammed, drivers stuck. Patience appreciated. ^TM",
        'Heavy snow overnight, deliveries delayed regionwide. Updates tomorrow morning hopefully.',
        "Lads it's sorted now, refund processed Tuesday, allow three working days.",
      ],
      { checked: true },
    );
  });

  it('reads a status line of English words with no function words as English', () => {
    readAs(
      [
        'Ticket 44812. Status: Pending. Assigned engineer: TBC. Priority: Normal.',
        'Claim received. Outcome: Declined. Reason: Damage outside warranty period.',
        'Order dispatched yesterday. Courier: Evri. Tracking number: pending upload.',
      ],
      { checked: true },
    );
  });

  it('still reads other languages as other languages, with or without their function words', () => {
    readAs(
      [
        'Pesanan Anda sedang dalam proses pengiriman, mohon ditunggu sebentar lagi kakak.',
        'Tack för ditt meddelande, vi återkommer så snart som möjligt med besked.',
        'Dziękujemy za wiadomość, odpowiemy najszybciej jak będzie możliwe, pozdrawiamy serdecznie.',
        'Siparişiniz kargoya verildi, takip numarası ektedir, iyi günler dileriz efendim.',
        'Salamat po sa inyong mensahe, babalikan namin kayo agad pagkatapos ng tanghalian.',
        'Hallo! Du kannst die Anzeige auf deinem Konto verwalten. Klicke auf diesem Link.',
        'Bestellung versandt. Sendungsnummer folgt. Lieferung voraussichtlich Donnerstag.',
      ],
      { checked: false, reason: 'not-english' },
    );
  });
});
