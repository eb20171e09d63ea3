/**
 * Done to them without asking, or moved down from what they pay for: a plan changed, a class moved, a seat downgraded,
 * with no word to them. Our act on what is theirs, told done: a team lead wants it acknowledged. Look-alikes stay calm:
 * a request to go ahead without checking, their own downgrade, a downgrade they asked for, a question. Sentences are
 * invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('done to them without asking, or moved down', {
  upset: [
    'You switched my tariff to the variable rate without telling me.',
    "My son's swimming slot was changed to 7am without any notice.",
    "they've renewed the domain for three years without my consent",
    'We were downgraded to economy at the gate.',
    'Your system moved us down to the basic plan last week.',
    'Hi,\n\nThe venue was swapped to the small hall without asking us.\n\nCheers,\nRuth',
  ],
  calm: [
    'Please go ahead and renew it without asking me each year.',
    'Can you change the slot without telling the other parents?',
    'I downgraded to the basic plan myself last month, just checking the price.',
    'We asked to be moved down to the smaller room, thanks for sorting it.',
    'Could you downgrade my plan from next month?',
    'We left the hotel without telling reception, sorry about that.',
  ],
});
