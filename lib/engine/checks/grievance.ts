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
  String.raw`(?:refused|rejected|declined|denied|removed|blocked|locked|frozen|charged?|billed|fined|banned|suspended|cancell?ed|closed|moved|dropped|reduced|cut|taken|put up|gone up|go up|went up|increased|doubled|higher|failed|marked|flagged|ignored|deleted|wiped|reset|returned|sent back|on hold|pending|late|delayed|stopped|lost|missing|wrong|tak(?:e|ing) so long|still|again|not|never|(?:ca|could|do|does|did|is|was|has|have|had|are|were|wo|would)n['’]?t)`;
const WHY_CHALLENGE = new RegExp(
  String.raw`(?:^|(?<=[.!?\n]))[ \t]{0,3}(?:(?:so|but|and|then)[ \t]{1,3})?why\b[^.!?\n]{0,80}?\b${ADVERSE}\b[^.!?\n]{0,120}(?:[?!]|\s*$)|(?<=[.!?][ \t]{1,3})why[ \t]{0,3}\?`,
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
/**
 * A fault or a wait that has gone on, counted or dated by the customer: "My car has been at your garage for 3 weeks",
 * "It's been a week", "three weeks ago and have no refund", "500 errors all morning", "failed three nights in a row",
 * "403 on every request since this morning", "still flickering after your repair", "Waited 25 minutes for a coffee."
 */
const FAULT = String.raw`(?:fail\w{0,4}|errors?|down|offline|exceptions?|times? out|timing out|crash\w{0,3}|lag\w{0,3}|drop\w{0,4}|broken|flicker\w{0,3}|leak\w{0,3}|not (?:working|loading|refresh\w{0,3}|arriving|syncing|updating)|stopped|(?:does|did|do|is|are|was|have|has)n['’]?t|returns? \d{3}|[45]\d\d)`;
const PERSISTS = String.raw`(?:since (?:this morning|yesterday|last (?:night|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|opening|\d{1,2} ?(?:am|pm))|all (?:morning|day|night|week|weekend|afternoon|evening)|(?:on )?every (?:morning|evening|night|day|call|request|time|order|attempt|page)|(?:\w+ )(?:nights?|days?|times|mornings?) in a row)`;
const ENDURED = new RegExp(
  [
    String.raw`\b(?:my|our|the|your|it|this|his|her|their)\b[^.!?\n]{0,40}?(?:\b(?:has|have|had)|['’]s) been (?:\w+ ){0,4}?(?:for|over) (?:over |nearly |almost |more than |about )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,3}) (?:days?|weeks?|months?)\b`,
    String.raw`\b(?:it|that)(?:['’]s| has|s) been (?:over |nearly |almost |more than )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,3}) (?:days?|weeks?|months?)\b`,
    String.raw`\b(?:\d{1,3}|a|two|three|four|five|six) (?:days?|weeks?|months?) ago\b[^.!?\n]{0,40}\b(?:no|not|nothing|still|(?:have|has)n['’]?t)\b`,
    String.raw`\b${FAULT}\b[^.!?\n]{0,60}\b${PERSISTS}\b|\b${PERSISTS}\b[^.!?\n]{0,60}\b${FAULT}\b`,
    String.raw`\bstill \w+ing\b[^.!?\n]{0,30}\bafter (?:your|the|you|a|my|its)\b|\bthe same (?:noise|fault|problem|issue|error|leak|thing) again\b|\b(?:getting|got|gets) worse\b`,
    String.raw`(?:^|[.!?][ \t]{0,3})(?:i |we )?(?:waited|queued) (?:for )?(?:over |nearly |almost )?(?:\d{1,3}|an?|two|three|four|five|six) (?:minutes|mins|hours?|days|weeks)\b`,
  ].join('|'),
  'i',
);
/**
 * What came or was done is not what was paid for or promised: charged after cancelling or twice, "arrived dead",
 * "the pads you sent don't fit" (not "the shoes don't fit", a size the customer chose), "sent 50 boxes instead of 5", "the shoes I received are used", "your update deleted my notes", "for no
 * reason", "I was told my refund would arrive last week", "cancelled on the day", "still getting magazines after I
 * cancelled", "I can't access the course I paid for", "can't invite my team anymore" (not "my friend can't go anymore").
 */
const WENT_WRONG = new RegExp(
  [
    String.raw`\b(?:charg(?:ed|e|ing)|bill(?:ed|ing)|invoic(?:ed|e|ing)|debited|deducted|took|taken)\b[^.!?\n]{0,50}\b(?:after|even though|although|but|when|though) (?:(?:i|we)(?:['’]d| had| have)? )?(?:cancell?(?:ed|ing)|fro(?:ze|zen)|freezing|return(?:ed|ing)|called|unsubscrib(?:ed|ing)|picked|chose|selected|paid|clos(?:ed|ing))\b`,
    String.raw`\b(?:taken|charged|shows?|showing|appears?|debited|deducted|billed) (?:\w+ )?twice\b|\bfailed\b[^.!?\n]{0,30}\b(?:deducted|debited|taken|charged)\b|\b(?:bill|invoice|premium|payment|direct debit|fee)s? (?:has |have )?(?:doubled|tripled)\b|\bstill (?:paid|charged|billed)\b|\bquoted?\b[^.!?\n]{0,20}[£$€]\d[^.!?\n]{0,40}\b(?:invoiced|charged|billed)\b`,
    String.raw`\b(?:arrived|came|turned up|showed up|was delivered|were delivered)(?: \w+)? (?:dead|open(?:ed)?|unsigned|used|wet|soaked|melted|empty|damaged|broken|crushed|smashed|dented|cracked|leaking|defrosted|mouldy|moldy|stale|expired|unsealed|torn)\b`,
    String.raw`\b(?:i|we) (?:received|got|was sent|were sent)\b[^.!?\n]{0,20}\b(?:is|are|was|were) (?:used|wrong|broken|damaged|faulty|fake|dirty|stained|second-?hand|expired|empty)\b|\b(?:sent|delivered|received|got|gave|charged|billed|arrived)\b[^.!?\n]{0,40}\binstead of\b|\b(?:i|we) ordered (?:an? |the |some )?[^.!?\n]{1,30}\b(?:and|but) (?:got|received|was sent|were sent)\b`,
    String.raw`\b(?:you (?:sent|supplied|delivered|fitted|gave)|(?:i|we) (?:received|got))\b[^.!?\n]{0,30}\b(?:don['’]?t|doesn['’]?t|didn['’]?t|do not|does not) fit\b|\b(?:your|the|an?) (?:\w+ ){0,2}(?:deleted|wiped|erased) (?:all |half |most |some )?(?:of )?(?:my|our)\b|\bfor no (?:apparent |good )?reason\b|\bno record of (?:my|our)\b|\b(?:gave|given|giving) (?:me|us|my \w+) (?:a |an )?(?:rash|reaction|headache|burns?|blisters|hives)\b|\breaction to your\b|\bturned my (?:\w+ ){0,2}(?:green|black)\b`,
    String.raw`\b(?:told|promised|assured)\b[^.!?\n]{0,60}\bwould\b|\bpromised (?:me|us)\b|\b(?:longer|later) than (?:promised|quoted|stated|advertised|agreed)\b|\bpaid (?:extra )?for (?:express|next[- ]day|priority|premium|fast|faster|same[- ]day)\b[^.!?\n]{0,40}\b(?:and|but)\b`,
    String.raw`\b(?:cancell?ed|unsubscribed|opted out)\b[^.!?\n]{0,40}\b(?:still|keep|keeps)\b|\b(?:still|keep|keeps) (?:\w+ ){0,3}(?:after|since|even though) (?:i|we) (?:cancell?ed|unsubscribed|opted out)\b|\b(?:was|were|has been|got) cancell?ed (?:again|on the day|at the last minute|last minute)\b`,
    String.raw`\b(?:can['’]?t|cannot|unable to) (?:access|use|open|watch|play|download|log ?in(?:to)?|get into)\b[^.!?\n]{0,40}\b(?:paid for|bought|purchased)\b|\b(?:bought|paid for|purchased)\b[^.!?\n]{0,40}\b(?:not showing|isn['’]t showing|not there|can['’]?t (?:find|see|access|use))\b|\b(?:(?:can['’]?t|cannot) (?:use|access|watch|play|invite|log ?in|open|see|find|connect|print|sync|download|upload|add|send|stream|hear)|(?:won['’]?t|doesn['’]?t|isn['’]?t|aren['’]?t)(?! (?:be )?(?:need|needed|want|using|use)\b))\b[^.!?\n]{0,40}\bany ?more\b|\blost access\b|\b(?:got|keeps? getting) (?:declined|rejected|blocked|suspended|locked)\b`,
  ].join('|'),
  'i',
);
/**
 * What the failure already cost them, which no fix gives back: time off spent waiting in ("I took the afternoon off",
 * "used a day of annual leave"), an event already run or sat through spoilt ("We ran the gig half-powered", "for the
 * whole concert", "it ruined our anniversary dinner", "in front of all our guests"), a flight or an appointment already
 * missed, money already spent on a fallback ("we had to hire another one ourselves", "had to pay a locksmith").
 */
const COST_BORNE = new RegExp(
  [
    String.raw`\b(?:ran|run|held|played|did|had|hosted|opened) the (?:whole |entire )?(?:gig|show|event|party|wedding|seminar|session|class|service|match|meeting|conference|night|shop|launch)\b[^.!?\n]{0,30}\b(?:half[- ]\w+|without|with no|short)\b|\bfor the (?:whole|entire) (?:show|gig|concert|match|game|flight|journey|trip|holiday|stay|night|evening|day|weekend|party|wedding|event|performance|ceremony|meal|seminar|drive|crossing)\b`,
    String.raw`\bmissed (?:my|our|the|his|her|their)(?: \w+)? (?:flight|train|connection|ferry|bus|appointment|interview|exam|show|wedding|party|funeral|meeting|presale|slot|operation|surgery|scan)\b|\b(?:ruined|spoilt|spoiled|wrecked) (?:my|our|the|his|her|their)\b|\bin front of (?:all )?(?:my|our|the|his|her|their) (?:guests|clients|customers|boss|family|friends|kids|children|class|team|in-laws|colleagues)\b`,
    String.raw`\b(?:i|we|he|she|they) (?:had to|ended up|were forced to|was forced to) (?:pay|paying|buy|buying|hire|hiring|book|booking|get|getting|call|calling|take|taking)\b[^.!?\n]{0,50}(?:\b(?:taxi|cab|hotel|uber|replacement|another|ourselves|myself|locksmith|plumber|electrician|vet|rental|supermarket)\b|[£$€])`,
  ].join('|'),
  'i',
);
/**
 * Time off taken to be in ("I took the afternoon off", "used a day of annual leave"), a cost only once the visit failed:
 * "I've taken Friday off for the delivery" plans ahead.
 */
const TIME_OFF =
  /\b(?:took|taken|take|taking|booked|used|wasted|lost)\b[^.!?\n]{0,25}?\b(?:day|days|afternoon|morning|evening|half[- ]day|time|shift|leave)s? off\b|\b(?:a |one |two |\d )?days? (?:of )?(?:annual leave|holiday|leave)\b[^.!?\n]{0,20}\b(?:waiting|wasted|for nothing|to be (?:in|home|there))\b/i;
const NO_SHOW = /\b(?:never|didn['’]t|did not|no one|nobody|no-one|wasn['’]t|failed to|missed|for nothing|no[- ]show|came and went|didn['’]t (?:turn|show) up)\b/i;
const spentTimeOff = (text: string) => TIME_OFF.test(text) && NO_SHOW.test(text);
/** Whether the customer tells what the failure already cost them (COST_BORNE, or time off spent on a visit that failed). */
export const costsThemAlready = (message: string | undefined): boolean => {
  const text = (message ?? '').slice(0, 4000);
  return COST_BORNE.test(text) || spentTimeOff(text);
};
const SHAPES = [WHY_CHALLENGE, HARM, CLAIM, MADE_WORSE, DONE_TO_THEM, ENDURED, WENT_WRONG, COST_BORNE];

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
  const off = spentTimeOff(text) ? TIME_OFF.exec(text) : null;
  return off ? { text: off[0], start: off.index, end: off.index + off[0].length } : null;
}
