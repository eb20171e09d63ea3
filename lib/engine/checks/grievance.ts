/**
 * A grievance told as plain facts, which the mood reader's cue words miss: the customer names no feeling, yet a team
 * lead reads them as wronged and expects the reply to meet it. Read by the shape of the complaint, not its topic:
 * - a "why" that challenges something done to them ("Why was my application rejected?", "…less than agreed. Why?");
 * - a harm to their daily life ("I can't leave the house", "we lost a day of our holiday", "I had to carry her out");
 * - a remedy they claim ("I want the hire reduced", "Who is paying for the cleaning?", "Explain please");
 * - our person or product that made things worse ("Your sweep left soot…", "…and now the light is on. It wasn't before");
 * - what they got is not what was promised ("nothing like the photos", "a default that isn't mine").
 * Each pattern is one alternation of literals with bounded gaps: linear on any input.
 */

/** Something done to them that a "why" questions: refused, removed, charged, blocked, moved down, still… */
const ADVERSE =
  String.raw`(?:refused|rejected|declined|denied|removed|blocked|frozen|charged|fined|banned|suspended|cancell?ed|closed|moved|dropped|reduced|cut|taken|put up|gone up|increased|failed|marked|flagged|ignored|still|again|not|never|n['’]t|nt)`;
const WHY_CHALLENGE = new RegExp(
  String.raw`(?:^|(?<=[.!?\n]))[ \t]{0,3}(?:(?:so|but|and|then)[ \t]{1,3})?why\b[^.!?\n]{0,80}?\b${ADVERSE}\b[^.!?\n]{0,120}[?!]|(?<=[.!?][ \t]{1,3})why[ \t]{0,3}\?`,
  'i',
);
const HARM = new RegExp(
  [
    // Their everyday life stopped: "I can't leave the house", "He's 87 and can't manage the stairs".
    String.raw`\b(?:can['’]?t|cannot|can not|couldn['’]?t|could not|unable to) (?:leave|get (?:out|in|home|around|to|up)|get (?:my|our|the) \w+ out|manage|sleep|cook|work|eat|wash|shower|drive|walk|breathe|go (?:out|anywhere|to work|to school)|graduate|afford)\b`,
    // A cost or loss forced on them: "I had to carry her out", "we lost a day of our holiday", "sent home", "for nothing".
    String.raw`\b(?:i|we|he|she|they) had to (?:pay|carry|walk|cancel|take|buy|drive|sleep|leave|cook|rebook|book|get a (?:taxi|cab|hotel)|throw|miss|hire|borrow|turn (?:back|around))\b`,
    String.raw`\b(?:lost|wasted|losing) (?:a|an|half a|the whole|the|a whole|\d{1,3}|two|three|four) (?:day|days|morning|afternoon|evening|night|weekend|hours?|week)\b|\bsent (?:us |me |them |him |her )?(?:home|away)\b|\bwent hungry\b|\bin tears\b|\b\d{1,3} ?(?:min(?:ute)?s?|hours?) (?:each way|drive|of driving)\b|\b(?:driven|travelled|traveled|drove) (?:\d{1,3}|two|three|four|five) hours\b|\bfor ages\b`,
  ].join('|'),
  'i',
);
const CLAIM = new RegExp(
  [
    String.raw`\b(?:i|we) (?:want|expect|need) (?:(?:the|my|our) (?:\w+ ){1,2}|it |this |that |them )?(?:reduced|refunded|covered|replaced|compensated|paid for|waived|written off)\b|\b(?:i|we) (?:want|expect) (?:some (?:of (?:my|our|the) )?money back|a partial refund|compensation)\b`,
    String.raw`\bwho(?:['’]s| is| will be| (?:is|are) going to be)? pay(?:ing)? for\b|\b(?:refund|explain|fix it|sort it(?: out)?)(?:,)? (?:please|now|asap)\b|\bexplain (?:this|that|yourselves|please)\b|\bwhat are you (?:doing|going to do|gonna do) about\b`,
  ].join('|'),
  'i',
);
const MADE_WORSE = new RegExp(
  [
    // Our person or product did it: "Your sweep left soot…", "your bloke said he'd be here between 8 and 12".
    String.raw`\byour (?:\w+ )?(?:technician|engineer|sweep|driver|walker|assessor|bloke|guy|staff|crew|team|courier|fitter|installer|update|system|app|website|agent|rep|cleaner|plumber|builder|mechanic|crane|van|rider) (?:\w+ )?(?:left|said|told|came|broke|damaged|says|refused|brought|scratched|dropped|lost|forgot|arrived|missed|took|was booked|turned up|didn['’]t|did not|never|has|is)\b`,
    String.raw`\b(?:it |this )?(?:wasn['’]t|was not|didn['’]t (?:do this|happen)) (?:like (?:this|that) )?before\b|\bisn['’]t (?:mine|me|ours)\b|\bwasn['’]t (?:mine|me|ours)\b|\bnothing like (?:the|what|your)\b|\bnot what (?:i|we) (?:ordered|paid for|booked|asked for)\b|\b(?:less|more) than (?:agreed|quoted|promised|advertised)\b|\bwithout (?:anyone|anybody|you) (?:telling|asking|warning)\b|\bnone of your staff\b|\bno one (?:apologi[sz]ed|helped|came over)\b`,
  ].join('|'),
  'i',
);
/**
 * We acted on them, or left them without: "you've cancelled my flight", "you raised the price twice", "you're still
 * sending him letters", "Nobody will tell me when…", "this is the third agent I've spoken to", "I'm stuck in Lisbon",
 * "without power for 3 days", "Please stop.", "I shouldn't have to pay". The company as the doer of something to them
 * (not a request: "can you send me…", not thanks: "thank you for sending me…"), or nobody answering.
 */
const DONE_TO_THEM = new RegExp(
  [
    String.raw`(?<!\b(?:thank|thanks|can|could|would|will|did|please|if|when|once|do|have|hope|as|that)[ \t]{1,3})\byou(?:['’]ve| have| had|['’]re| are)?(?: (?:still|just|now|already|then|again|also))? (?!(?:helped|saved|fixed|sorted|solved|refunded|replaced|thanked|treated|looked|welcomed|offered|answered|called|contacted|emailed|helping|fixing|sorting)\b)(?:\w{3,}ed|sent|took|sold|lost|broke|left|gave|kept|cut|put|sending|charging|taking|ignoring|keeping|billing|chasing|threatening) (?:me|my|us|our|him|his|her|them|their)\b`,
    String.raw`\b(?:nobody|no one|no-one)\b[^.!?\n]{0,30}?\b(?:tell|told|tells|call|calls|called|answer|answers|answered|pick|picks|picked|reply|replies|replied|respond|responds|responded|gets? back|got back|came|comes|turned up|helps?|helped|contacts?|contacted|bothered)\b`,
    String.raw`\b(?:second|third|fourth|fifth|sixth|\d{1,2}(?:nd|rd|th)) (?:agent|person|advisor|adviser|time|call|email|e-mail|message|chat|engineer|visit)\b`,
    String.raw`\b(?:i['’]m|i am|we['’]re|we are|i was|we were|i['’]ve been|we['’]ve been) (?:\w+ )?(?:stuck|stranded|locked out|trapped|left)\b|\bwithout (?:\w+ ){1,2}for (?:\d{1,3}|a|an|two|three|four|five|six|several) (?:days?|weeks?|hours?|months?)\b`,
    String.raw`\bplease stop\b|\bstop (?:sending|calling|emailing|charging|texting|writing)\b|\b(?:i|we) (?:shouldn['’]t|should not) (?:have to|need to)\b|\b(?:died|passed away|haven['’]t slept|can['’]t sleep)\b|\b(?:i|we) (?:was|were) (?:at )?(?:home|in|here) (?:all|the whole)\b`,
  ].join('|'),
  'i',
);
const SHAPES = [WHY_CHALLENGE, HARM, CLAIM, MADE_WORSE, DONE_TO_THEM];

/** The first stretch of the customer's message that tells a grievance, or null. */
export function grievanceIn(message: string | undefined): { text: string; start: number; end: number } | null {
  if (!message) return null;
  const text = message.slice(0, 4000);
  for (const shape of SHAPES) {
    const m = shape.exec(text);
    if (m) {
      const lead = /^[.!?\n\s]*/.exec(m[0])![0].length;
      return { text: m[0].slice(lead), start: m.index + lead, end: m.index + m[0].length };
    }
  }
  return null;
}
