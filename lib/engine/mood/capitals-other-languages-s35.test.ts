/**
 * Session 35. A message written in capitals in another language read calm: the shouting cue tells a stressed word from a
 * name by the English lexicon, which knows no German, French or Spanish word, so a whole sentence in capitals read as a
 * name. Capitals raise the voice in every language that has them: in a message that reads as another language
 * (language.ts `readsAsOtherLanguage`), a run of three words or more in capitals is a sentence shouted, and its long
 * words count as English shouted words do; a word or two in capitals (a brand, a stressed word) is left alone, since
 * without a lexicon the two look the same. A word after "a" or "an" ("a SCAM", "a JOKE") is a common word, never a name,
 * whether compromise knows it or not. The weariness cue is one regex now ("so tired of this" still counts).
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';
import { readsAsOtherLanguage } from '../language';

const upset = (message: string) => (readMood(message)?.moods ?? []).some((m) => UPSET_MOODS.includes(m));
const cues = (message: string) => (readMood(message)?.evidence ?? []).map((e) => e.cue);

describe('a sentence in capitals in another language is shouting', () => {
  it.each([
    ['German', 'MEIN PAKET IST SEIT ZWEI WOCHEN UNTERWEGS UND KEINER ANTWORTET'],
    ['French', 'JE NE PEUX TOUJOURS PAS ACCÉDER À MON COMPTE, ÇA FAIT TROIS JOURS'],
    ['Spanish', '¿DÓNDE ESTÁ MI PEDIDO? LLEVO TRES SEMANAS ESPERANDO'],
    ['Italian', 'IL MIO ORDINE NON È ANCORA ARRIVATO E NESSUNO RISPONDE'],
    ['Portuguese, after a hello in normal case', 'Olá, JÁ PAGUEI A FATURA DUAS VEZES E CONTINUA EM ABERTO'],
    ['Dutch', 'MIJN BESTELLING IS NOG STEEDS NIET GELEVERD EN IK HEB AL TWEE KEER GEBELD'],
  ])('reads %s capitals as frustrated', (_name, message) => {
    expect(cues(message)).toContain('capitals');
    expect(upset(message)).toBe(true);
  });

  it.each([
    ['a shop name in capitals', 'Ich habe den Fernseher bei MEDIA MARKT gekauft, wie kann ich die Garantie verlängern?'],
    ['one stressed word', 'Hola, el código de descuento NO aparece en mi carrito, ¿cómo lo uso?'],
    ['a short question, two long words as in "WHERE IS MY ORDER"', 'WO IST MEINE BESTELLUNG'],
    ['a French question in normal case', "Bonjour, est-ce que je peux changer l'adresse de livraison de ma commande ? Merci"],
  ])('leaves %s calm', (_name, message) => {
    expect(upset(message)).toBe(false);
  });

  it('knows another language by its function words, in capitals too, and an English message as English', () => {
    expect(readsAsOtherLanguage('WO IST MEINE BESTELLUNG')).toBe(true);
    expect(readsAsOtherLanguage('Ma commande n’est toujours pas arrivée et personne ne répond')).toBe(true);
    expect(readsAsOtherLanguage('WHERE IS MY ORDER')).toBe(false);
    expect(readsAsOtherLanguage('My order from MEDIA MARKT has not arrived')).toBe(false);
    // A terse tweet with few English function words is still no other language: its stressed word still counts.
    expect(readsAsOtherLanguage('@GameHub servers down AGAIN mid match, lost my streak')).toBe(false);
  });

  it('reads English capitals as before', () => {
    expect(upset('WHY IS MY PARCEL STILL IN THE DEPOT')).toBe(true);
    expect(cues('does HULU let me download on two phones?? going on a trip')).not.toContain('capitals');
  });
});

describe('a word in capitals after "a" or "an" is a common word, not a name', () => {
  it('reads "a SCAM" beside money paid as a stressed word', () => {
    expect(cues('I paid £60 for a SCAM')).toContain('capitals');
    expect(upset('I paid £60 for a SCAM')).toBe(true);
  });

  it('reads a name after a first name ending in "an" as a name ("Juan TORRES" is no "a TORRES")', () => {
    expect(cues('I paid £60 to Juan TORRES')).not.toContain('capitals');
    expect(cues('I paid £60 at Milan MALPENSA for parking')).not.toContain('capitals');
  });

  it('still reads a brand after "from" or "at" as a name, and one stressed word alone as calm', () => {
    expect(upset('I ordered a HOODIE in size M, can I swap it for an L?')).toBe(false);
    expect(cues('my order from LONDON DRUGS is late')).not.toContain('capitals');
  });
});

describe('the weariness cue, one regex', () => {
  it.each([
    ['so tired of this', true],
    ['So tired of this!! Third time the app logged me out', true],
    ['getting tired of seeing this error page', true],
    ['sick and tired of waiting for a refund', true],
    ['so tired of the old theme, can I switch to the dark one?', false],
    ['how the heck do I change my banner?', false],
  ])('reads "%s" upset: %s', (message, expected) => {
    expect(upset(message)).toBe(expected);
  });
});
