/** Rewording on its own: each template filter, each punctuation case of putting a phrase back in its sentence. */
import { describe, expect, it } from 'vitest';
import { composeSentence, renderTemplate, reword, type MatchInSentence } from './rewrite';
import { parseTemplate, templateNames, TEMPLATE_FILTERS } from './template';

const at = (sentence: string, phrase: string, captures: [string, string][] = []): MatchInSentence => {
  const start = sentence.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in "${sentence}"`);
  return { start, end: start + phrase.length, captures: new Map(captures) };
};

describe('renderTemplate: one case per filter', () => {
  const captures = new Map([
    ['action', 'restart the router'],
    ['thing', 'Order'],
  ]);
  it.each([
    ['no filter', 'Could you {action}?', 'Could you restart the router?'],
    ['infinitive', 'Could you {action|infinitive}?', 'Could you restart the router?'],
    ['gerund', '{action|gerund} helps.', 'restarting the router helps.'],
    ['past', 'I {action|past}.', 'I restarted the router.'],
    ['lower', '{thing|lower} it', 'order it'],
    ['capital', '{match|capital}', 'You need to restart the router'],
    ['a capture the match did not fill', 'x {missing} y', 'x  y'],
    ['a malformed template renders nothing', '{broken', ''],
    ['literal text only', 'plain', 'plain'],
  ])('%s', (_name, template, expected) => {
    expect(renderTemplate(template, 'you need to restart the router', captures)).toBe(expected);
  });

  it('has a case above for every filter the schema knows', () => {
    expect([...TEMPLATE_FILTERS].sort()).toEqual(['capital', 'gerund', 'infinitive', 'lower', 'past']);
  });
});

describe('parseTemplate', () => {
  it('reads literals and placeholders with filters', () => {
    const parsed = parseTemplate('Could you {action|infinitive} by {when}?');
    expect(parsed).toEqual({
      ok: true,
      parts: [{ literal: 'Could you ' }, { name: 'action', filter: 'infinitive' }, { literal: ' by ' }, { name: 'when', filter: null }, { literal: '?' }],
    });
    if (parsed.ok) expect(templateNames(parsed.parts)).toEqual(['action', 'when']);
  });

  it.each([
    ['a stray closing brace', 'a } b', /closes no/],
    ['an unclosed placeholder', 'a {b', /never closed/],
    ['a nested brace', 'a {b {c}}', /never closed/],
    ['a bad name', '{two words}', /a name must be/],
    ['an unknown filter', '{x|shout}', /unknown filter "shout"/],
  ])('refuses %s with a message that says where', (_name, template, problem) => {
    const parsed = parseTemplate(template);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });
});

describe('composeSentence: punctuation and case around the new words', () => {
  it.each([
    ['delete at the start, capitalise the rest', 'Per our policy, returns take 14 days.', 'Per our policy,', '', 'Returns take 14 days.'],
    ['delete between commas', 'Returns, per our policy, take 14 days.', 'per our policy', '', 'Returns take 14 days.'],
    ['a greeting keeps its comma', 'Hi, as mentioned in our FAQ, GPS can be off.', 'as mentioned in our FAQ', '', 'Hi, GPS can be off.'],
    ['a named greeting keeps its comma', 'Hello Sam, as stated in our terms, the fee applies.', 'as stated in our terms', '', 'Hello Sam, the fee applies.'],
    ['delete before the full stop', 'Returns take 14 days per our policy.', 'per our policy', '', 'Returns take 14 days.'],
    ['a deletion before a sum keeps its case', 'As per our policy, £60 was deducted.', 'As per our policy,', '', '£60 was deducted.'],
    ['after a chat speaker label, the capital stays', 'Agent Priya: Per our policy the fee applies.', 'Per our policy', '', 'Agent Priya: The fee applies.'],
    ['delete the whole sentence', 'We value you.', 'We value you', '', ''],
    ['delete after a glued stop', 'escalated.As you can see, it works.', 'As you can see,', '', 'escalated.It works.'],
    ['a question replaces the stop', 'You need to restart the router.', 'You need to restart the router', 'Could you restart the router?', 'Could you restart the router?'],
    ['mid-sentence replacement keeps lower case', 'Hi Sam. Kindly send the form.', 'Kindly send', 'please send', 'Hi Sam. Please send the form.'],
    ['a template that ends its sentence capitalises the next', 'Per our policy returns take 14 days.', 'Per our policy', 'This is how it works.', 'This is how it works. Returns take 14 days.'],
    ['after an @handle, the capital stays', '@kat_d You need to call us.', 'You need to call us', 'Could you call us?', '@kat_d Could you call us?'],
    ['after an @handle, lower case stays', '@sara_bee please note that orders take 3 days.', 'please note that', '', '@sara_bee orders take 3 days.'],
    ['after an @handle, a deletion keeps the capital', '@bex_w Please note that orders take 3 days.', 'Please note that', '', '@bex_w Orders take 3 days.'],
    ['an introductory clause takes a comma before a question', 'To reactivate you need to update the card.', 'you need to update the card', 'Could you update the card?', 'To reactivate, could you update the card?'],
    ['a statement before a comma ends its own sentence', 'We cannot refund it, you need to ask Apple.', 'you need to ask Apple', 'Could you ask Apple?', 'We cannot refund it. Could you ask Apple?'],
    ['a greeting before a comma stays', 'Hi Gareth, you need to call us.', 'you need to call us', 'Could you call us?', 'Hi Gareth, could you call us?'],
    ['two statements become two sentences', 'Calm down, I will look at it now.', 'Calm down', 'I can see how frustrating this is', 'I can see how frustrating this is. I will look at it now.'],
    ['a bare link at the end gets no full stop', 'You need to cancel at https://acme.example/cancel', 'You need to cancel at https://acme.example/cancel', "We'll need you to cancel at https://acme.example/cancel.", "We'll need you to cancel at https://acme.example/cancel"],
    ['a link the agent ended with a stop keeps it', 'You need to cancel at www.acme.example/cancel.', 'You need to cancel at www.acme.example/cancel', "We'll need you to cancel at www.acme.example/cancel.", "We'll need you to cancel at www.acme.example/cancel."],
    ['a question after a link keeps its mark', 'You need to sign in at https://acme.example', 'You need to sign in at https://acme.example', 'Could you sign in at https://acme.example?', 'Could you sign in at https://acme.example?'],
    ['a closer the match stopped short of closes before the stop', 'You need to sign in at <url>', 'You need to sign in at <url', 'Could you sign in at <url?', 'Could you sign in at <url>?'],
    ['a closed aside keeps the sentence stop after it', 'You need to read the guide (page 4).', 'You need to read the guide (page 4', 'Could you read the guide (page 4?', 'Could you read the guide (page 4)?'],
  ])('%s', (_name, sentence, phrase, replacement, expected) => {
    expect(composeSentence(sentence, at(sentence, phrase), replacement, !replacement.startsWith('{'))).toBe(expected);
  });
});

describe('reword', () => {
  it('widens the span to every word any rewording changes, and drops templates that would leave a hole', () => {
    const sentence = 'Please note that you need to restart the router.';
    const result = reword(sentence, at(sentence, 'you need to restart', [['action', 'restart']]), ['could you {action}', 'please {action}', '{missing} now']);
    expect(result.replacements).toEqual(['could you restart', 'please restart']);
    expect(sentence.slice(result.start, result.end)).toBe('you need to restart');
  });

  it('drops a rewording that changes nothing, and duplicates', () => {
    const sentence = 'Thanks for waiting.';
    const result = reword(sentence, at(sentence, 'Thanks'), ['{match}', 'Thank you', 'Thank you']);
    expect(result.replacements).toEqual(['Thank you']);
  });

  it.each([
    ['a requirement turned into a favour', 'You need to pay £184 before we can unlock it.', "We'll need you to pay £184 before we can unlock it."],
    ['a question on an aside', "You need to attach the note — without it we can't approve it.", "We'll need you to attach the note — without it we can't approve it."],
    ['a question glued to a colon', 'You need to set it up again:', null],
    ['a request to be patient', 'You need to be patient.', null],
    ['a deletion that leaves a bare verb', 'There are no exceptions.', null],
    ['an imposed wait asked as a question', 'You need to wait 48 hours before trying again.', "We'll need you to wait 48 hours before trying again."],
    ['advice turned into an obligation', 'You should remove unused seats before your next invoice.', 'Could you remove unused seats before your next invoice?'],
  ])('drops %s', (_name, sentence, expected) => {
    const action = /(?:to|should) (.+?)(?:[.:]|$)/.exec(sentence)?.[1] ?? '';
    if (sentence === 'There are no exceptions.') {
      expect(reword(sentence, at(sentence, 'no exceptions', [['kept', '']]), ['{kept}']).replacements).toEqual([]);
      return;
    }
    const phrase = /to be patient/.test(sentence) ? 'You need to be patient' : sentence.replace(/[.:]$/, '');
    const result = reword(sentence, at(sentence, phrase, [['action', action]]), ['Could you {action}?', "We'll need you to {action}."]);
    const texts = result.replacements.map((r) => sentence.slice(0, result.start) + r + sentence.slice(result.end));
    expect(texts[0] ?? null).toBe(expected);
  });
});

describe('reword: drops what only fitted the cold phrasing', () => {
  it.each([
    ['a clause hung on the deleted noun', 'The loan term is 6 months as per the agreement you signed.', 'as per the agreement', ''],
    ['an adverb that only fitted the passive', 'We will book the repair and you will be advised accordingly.', 'you will be advised', "I'll let you know"],
    ['an object without its preposition', 'You will be informed of their decision.', 'You will be informed of', "I'll keep you posted"],
    ['a verb whose sense hung on the deleted words', 'Non-emergency repairs are prioritised according to our repairs policy.', 'according to our repairs policy', ''],
    ['speed promised beside a refusal of it', 'Transfers are processed in the order received and we are unable to expedite.', 'Transfers are processed in the order received', "I'm working through transfers as quickly as I can"],
  ])('%s', (_what, sentence, phrase, template) => {
    expect(reword(sentence, at(sentence, phrase), [template]).replacements).toEqual([]);
  });
});

describe('reword: a requirement with its condition stays a requirement', () => {
  const templates = ['Could you {action}?', "We'll need you to {action}."];
  it.each([
    ['a purpose before it', 'To reapply you need to provide a V5C.', 'provide a V5C', ["To reapply, we'll need you to provide a V5C."]],
    ['a consequence after it', 'You need to pay by Friday or your offer will be withdrawn.', 'pay by Friday or your offer will be withdrawn', ["We'll need you to pay by Friday or your offer will be withdrawn."]],
    ['a reason hung on it with "as"', 'You need to bring the note before we can prescribe, as the law requires it.', 'bring the note before we can prescribe', ["We'll need you to bring the note before we can prescribe, as the law requires it."]],
    ['the law as its reason: a requirement', 'You need to bring the note, as the law requires it.', 'bring the note', ["We'll need you to bring the note, as the law requires it."]],
    ['a claim before it', "For a claim you need to send us the vet's report.", "send us the vet's report", ["For a claim, we'll need you to send us the vet's report."]],
    ['cover as the goal', 'To be covered you need to report the damage.', 'report the damage', ["To be covered, we'll need you to report the damage."]],
    ['a cancellation deadline', 'You need to cancel at least 5 days before the billing date.', 'cancel at least 5 days before the billing date', ["We'll need you to cancel at least 5 days before the billing date."]],
    ['security as the reason', 'For security reasons you need to verify your identity first.', 'verify your identity first', ["For security reasons, we'll need you to verify your identity first."]],
    ['a fallback when the customer cannot attend', "You need to list the tickets on our resale page if you can't attend.", "list the tickets on our resale page if you can't attend", ["We'll need you to list the tickets on our resale page if you can't attend."]],
    ['a refusal before the comma is not the requirement', 'We cannot refund it, you need to ask Apple.', 'ask Apple', ['We cannot refund it. Could you ask Apple?']],
    ['any purpose it serves is a condition', 'To swap sizes you need to return the first pair.', 'return the first pair', ["To swap sizes, we'll need you to return the first pair."]],
    ['a cost the customer bears', 'You need to cover the return postage at your own cost.', 'cover the return postage at your own cost', ["We'll need you to cover the return postage at your own cost."]],
    ['money the customer pays', 'You need to pay the difference in fare.', 'pay the difference in fare', ["We'll need you to pay the difference in fare."]],
    ['a fix as the purpose leaves a plain step', 'To speed it up you need to restart the app.', 'restart the app', ['To speed it up, could you restart the app?']],
    ['a reason after it ("because")', 'As a new patient, you need to have a check-up first, because the hygienist works from the plan.', 'have a check-up first', ["As a new patient, we'll need you to have a check-up first, because the hygienist works from the plan."]],
    ['a date it must happen before', 'You need to fill in the change form before the 25th.', 'fill in the change form before the 25th', ["We'll need you to fill in the change form before the 25th."]],
    ['no condition: a favour is fine', 'You need to restart the router.', 'restart the router', ['Could you restart the router?']],
    ['its own verb is no purpose', 'You need to reapply online.', 'reapply online', ['Could you reapply online?']],
  ])('%s', (_what, sentence, action, expected) => {
    const start = sentence.indexOf('You need to') >= 0 ? sentence.indexOf('You need to') : sentence.indexOf('you need to');
    const end = sentence.indexOf(action) + action.length;
    const { start: from, end: to, replacements } = reword(sentence, { start, end, captures: new Map([['action', action]]) }, templates);
    expect(replacements.map((r) => sentence.slice(0, from) + r + sentence.slice(to))).toEqual(expected);
  });
});

describe('reword: a requirement on one path the customer may take', () => {
  it('offers nothing for "You would need to…": as a request or a flat requirement it would tell them to take that path', () => {
    const sentence = 'You would need to cancel your booking and rebook.';
    const match = { start: 0, end: sentence.indexOf('.'), captures: new Map([['action', 'cancel your booking and rebook']]) };
    expect(reword(sentence, match, ['Could you {action}?', "We'll need you to {action}."]).replacements).toEqual([]);
  });

  it('keeps "Could you…?" for "Please ensure you have…" ("have" as a main verb obliges nobody), asking only for the having', () => {
    const sentence = 'Please ensure you have your policy number to hand.';
    const match = { start: 0, end: sentence.indexOf('.'), captures: new Map([['action', 'ensure you have your policy number to hand']]) };
    expect(reword(sentence, match, ['Could you {action}?', "We'll need you to {action}."]).replacements).toEqual(['Could you have your policy number to hand?']);
  });
});

describe('reword: an instruction with a clause after it, or a list, is not made a question', () => {
  const templates = ['Could you {action}?', "We'll need you to {action}."];
  const rewordAt = (sentence: string, action: string) => {
    const start = sentence.search(/you (?:need to|should)/i);
    const end = sentence.indexOf(action) + action.length;
    const { start: from, end: to, replacements } = reword(sentence, { start, end, captures: new Map([['action', action]]) }, templates);
    return replacements.map((r) => sentence.slice(0, from) + r + sentence.slice(to));
  };
  it('keeps an explanation hung on the action as a requirement with its reason', () => {
    expect(rewordAt('You need to clear the app data, which resets the login.', 'clear the app data')).toEqual(["We'll need you to clear the app data, which resets the login."]);
    expect(rewordAt('You need to ring the depot first, as the van leaves at 7.', 'ring the depot first')).toEqual(["We'll need you to ring the depot first, as the van leaves at 7."]);
  });
  it('offers no question for an instruction with its condition after it', () => {
    expect(rewordAt('You should call 111 straight away if the swelling spreads.', 'call 111 straight away if the swelling spreads')).toEqual([]);
  });
  it('offers nothing when the action runs on into a list', () => {
    expect(rewordAt('You need to bring a towel, goggles and a padlock.', 'bring a towel,')).toEqual([]);
  });
});

describe('reword: a telling-off is not made a request', () => {
  const templates = ['Could you {action}?', "We'll need you to {action}."];
  const rewordAt = (sentence: string, action: string) => {
    const start = sentence.search(/just/i);
    const end = sentence.indexOf(action) + action.length;
    const { start: from, end: to, replacements } = reword(sentence, { start, end, captures: new Map([['action', action]]) }, templates);
    return replacements.map((r) => sentence.slice(0, from) + r + sentence.slice(to));
  };
  it('offers nothing for a lesson for next time: "Could you order earlier next time?" still tells the customer off', () => {
    expect(rewordAt('Just try again next time.', 'try again next time')).toEqual([]);
    expect(rewordAt('Just order earlier next time.', 'order earlier next time')).toEqual([]);
    expect(rewordAt('Just check the size chart in future.', 'check the size chart in future')).toEqual([]);
    expect(rewordAt('Just read the instructions from now on.', 'read the instructions from now on')).toEqual([]);
    // Review 53: "next time you travel" is the lesson's occasion, not a clause that says when to act.
    expect(rewordAt('Just book earlier next time you travel.', 'book earlier next time you travel')).toEqual([]);
  });
  it('still asks for a step the next time something happens (a clause, not a lesson)', () => {
    expect(rewordAt('Just send me a photo next time it happens.', 'send me a photo next time it happens')).toContain('Could you send me a photo next time it happens?');
    expect(rewordAt('Just send me a photo next time you see the error.', 'send me a photo next time you see the error')).toContain(
      'Could you send me a photo next time you see the error?',
    );
  });
});
