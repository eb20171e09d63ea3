/**
 * The cues a person reads a customer's mood from, as data. Each cue is one linear regex (literal
 * alternatives, `\b`, bounded `{m,n}`, no nested or overlapping quantifiers) run over the prepared
 * message; its weight adds to its mood, and a mood is read when its weights reach 1. Weak cues
 * (0.5) — "again", "??", one shouted word, scare quotes — only count beside another cue.
 *
 * `kind` says what kind of evidence it is, so the acknowledgement can name *why* the customer
 * feels so (a repeat contact, money at stake, a loss, their safety, a deadline).
 */
import type { Mood } from '../types';

export type CueKind =
  | 'feeling'
  | 'negated-positive'
  | 'repeat-contact'
  | 'waiting'
  | 'broken'
  | 'failure'
  | 'money'
  | 'loss'
  | 'safety'
  | 'deadline'
  | 'plea'
  | 'demand'
  | 'sarcasm'
  | 'capitals'
  | 'punctuation'
  | 'emoji'
  | 'contradiction'
  | 'gratitude'
  | 'praise'
  /** Read by the learned fallback (learned.ts): the words of customers who were upset, with no cue or situation found. */
  | 'learned';

export interface Cue {
  mood: Mood;
  kind: CueKind;
  weight: number;
  pattern: RegExp;
  /** Skip the cue when a negation ("not", "no", "never", "n't") comes just before it. */
  negatable?: boolean;
}

const cue = (mood: Mood, kind: CueKind, weight: number, pattern: RegExp, negatable = false): Cue => ({ mood, kind, weight, pattern, negatable });

export const CUES: readonly Cue[] = [
  // — frustration / anger —
  cue('frustrated', 'feeling', 1, /\b(?:frustrat(?:ed|ing|ion)|annoy(?:ed|ing)|angry|furious|fuming|seething|livid|fed up|sick of|had enough|ridiculous|unacceptable|(?<!as )a joke|useless|(?<!\b(?:i['’]m|i am|i['’]m (?:so|just|really)) )terrible|awful|horrible|appalling|shocking|disgust(?:ing|ed)|absolute joke|thieves|daylight robbery|disgrace(?:ful)?|pathetic|incompetent|rude|embarrassing|exhausted|the worst)\b/gi, true),
  // Swearing at what happened, and weariness at what keeps happening to them: "what the hell is going on", "wtf", "why the
  // hell are you charging me", "getting tired of seeing this link", "tired of waiting", "sick of my app resetting", "so
  // tired of this". …but swearing in a how-to question ("how the heck do I change my banner?") or weariness at a thing
  // ("so tired of the old theme") is frustration only where the message tells a problem beside it (read.ts
  // `WITHOUT_A_PROBLEM` reads the hit's words: "how the heck", "so tired of"). One regex, the longest reading first:
  // weariness at what keeps happening, then at "this" or "it", then the bare "so tired of".
  cue('frustrated', 'feeling', 1, /\b(?:wtf|(?:what|why|how|who) the (?:hell|heck|fuck)|(?:(?:getting|so|really|sick and) )?tired of (?:(?:(?:my|the|your|this|these|our) [a-z]{2,20} (?:[a-z]{2,20} )?)?[a-z]{2,20}ing|(?:this|it all|it)(?! \w))|(?:getting|so|really|sick and) tired of)\b/gi, true),
  // Holding a feeling back, said: "I'm trying to stay calm", "trying not to panic", "doing my best to keep calm".
  cue('worried', 'feeling', 1, /\b(?:trying|doing my best|doing our best|working hard) (?:(?:very|really|so) hard )?(?:to (?:stay|keep|remain) (?:calm|positive|patient|polite)|not to (?:panic|worry|cry|lose (?:it|my temper)|get (?:upset|angry|cross|stressed)|freak out|stress))\b/gi),
  // Understatement: "Not ideal.", "I'm not thrilled", "less than impressed", "not exactly happy".
  cue('frustrated', 'negated-positive', 1, /\b(?:not|isn't|wasn't|is not|was not|hardly|far from|less than)(?: (?:very|exactly|particularly|entirely|overly|all that|too))? (?:happy|impressed|acceptable|good enough|ok|okay|great|fair|right|fine|ideal|thrilled|pleased|amused|satisfied)\b/gi),
  cue('frustrated', 'feeling', 1, /\bshouldn't have happened\b|\bnot (?:for )?the first time\b|\bmore times than i can count\b/gi),
  cue('frustrated', 'demand', 1, /\b(?:i want (?:my money back|a (?:full )?refund|this escalated|an explanation|a manager|compensation)|escalate(?:d)?|(?<!(?:please|pls|plz|can (?:you|u|y['’]all)|could you) )fix it|refund now|who do i (?:talk|speak) to|who signed off|take ownership|a real answer|a human|actually (?:call|read|fix|look))\b/gi),
  cue('frustrated', 'repeat-contact', 1, /\b(?:second|third|fourth|fifth|sixth|seventh|\d{1,2}(?:st|nd|rd|th)) (?:time|email|message|call|ticket|request|week|month|delivery slot)\b|(?<!\bhow )(?<!\b(?:bought|booked|ordered|purchased|reserved|buy|book|order|paid for|sold) )\b(?:two|three|four|five|six|several|multiple|many|[2-9]) (?:times(?! (?:as|more|less|over|the|higher|cheaper|faster|bigger|a (?:day|week|month|year)))|tickets(?! (?:for|to|on|at))|emails|calls|different agents|agents|separate occasions)\b|\bfour times now\b/gi),
  cue('frustrated', 'repeat-contact', 1, /\b(?:i(?:'ve| have) (?:now |already )?(?:written|emailed|called|chased|contacted|asked|explained|sent|uploaded|submitted|reported)\b.{0,40}\b(?:times|again|already)|(?:chased|asked|called) (?:it |you )?(?:again|twice))\b/gi),
  cue('frustrated', 'repeat-contact', 0.5, /(?<!bother you )\bagain\b(?! (?:next|later|soon|tomorrow|in|with|for|this)\b)|\b(?:every|each) time\b|\bin a row\b/gi),
  cue('frustrated', 'waiting', 1, /\bstill (?:not|no|nothing|waiting|broken|hasn't|haven't|hasn't|doesn't|isn't|can't|cannot|shows|says|has the|missing|restricted|no sign)\b|\bno (?:reply|response|answer|news|call back|callback|explanation|update)s?\b|\bnever (?:got|had|received|heard) (?:a |any )?(?:reply|response|answer|call ?back|update)\b|\bnobody (?:has )?(?:replied|came|called|answers|turned up|was there|can tell)|\bnever (?:arrived|came|comes|showed|turned up|received|heard(?! of))\b|\bno one (?:has |was )?(?:replied|came|called|answers|there)\b|\bhaven't heard (?:anything|back)\b|\b(?:nobody|no one) (?:has |had |ever )?(?:told|mentioned|warned|explained|updated)\b/gi),
  cue('frustrated', 'waiting', 0.5, /\b(?:\w{3,5} days now)\b|\b(?:for|over|since|after) (?:two|three|four|five|six|eight|nine|ten|several|\d{1,3}) (?:hours|days|weeks|months|years)\b|\b(?:waited|waiting|on hold) (?:for )?(?:\d{1,3}|two|three|an?) ?(?:hours?|minutes?|mins?|days|weeks|months?|years?)\b|\b(?:auto-?closed|automated replies|chatbot|promised|missed|different date|without (?:any |a )?(?:warning|notice|explanation|reason)|with no (?:warning|notice|explanation|reason))\b|\bcharged (?:me )?(?:twice|anyway|again)\b/gi),
  cue('frustrated', 'broken', 1, /\b(?:broken(?! down| into)|broke|smashed|crushed|snapped|cracked|damaged|faulty|the same fault|doesn'?t work|didn'?t work|don'?t work|not working|stopped working|won'?t (?:let|work|launch|load|charge|turn on|start|boot|connect|open|print|sync|pair)|soaked|ripped|torn|dented|scratched|shattered|keeps? (?:crashing|dropping|failing|freezing|logging)|crash(?:es|ed|ing)?|dropped out|deleted all|wrong order|never cheated|cold and|half of it missing|ate my)\b/gi, true),
  // Money taken or billed that the customer did not agree to: "you've taken £10 three more times", "my bill is double".
  cue('frustrated', 'money', 1, /\b(?:taken|took|deducted|removed) (?:£|\$|€)\d|(?:£|\$|€)\d{1,6}(?:\.\d{2})? less than\b|\b(?:bill|payment|direct debit|charge) (?:is|has|was|has gone up to|went up to) (?:now )?(?:double|doubled|tripled)\b|\bovercharg(?:ed|ing)\b|\bcharged (?:me |us )?(?:for|after) [^.!?\n]{0,40}\b(?:cancell?ed|never (?:ordered|signed|used|asked))|\bstill charging (?:me|us)\b|\b(?:i|we) paid (?:£|\$|€)\d{1,6}(?:\.\d{2})? for (?:this|that|it)\b|\b(?:has|have) gone up (?:from|by|to) (?:£|\$|€)\d|\b(?:i|we) (?:want|need) (?:it|this|that|my money|the money|them) back\b/gi),
  // Money or credit of theirs gone, said as a fact: "my money is gone", "all my coins have vanished".
  cue('frustrated', 'money', 1, /\b(?:my|our) (?:money|coins|credits?|funds|savings|balance|points) (?:is|are|has|have|was|were)(?: been)? (?:just )?(?:gone|lost|missing|vanished|disappeared|wiped)\b/gi),
  cue('frustrated', 'money', 1, /\bcharged (?:me )?twice\b|\b(?:double|two identical) charges?\b|\bcharged (?:me |my card )?(?:for (?:an order|something)|£|\$|€)/gi),
  // Service situations stated as plain facts: an outage, a lost service, a ban, a charge never agreed to.
  cue('frustrated', 'broken', 1, /\b(?:outages?|took (?:down|out) our|filthy|mou?ldy?|no (?:gas|heating|power|electricity|hot water)|cut off|doesn't exist|does not exist|banned|banning|something(?:'s| is) (?:wrong|not right)|half (?:of )?(?:the|my) (?:order|items?|food)(?: was| were)? missing)\b/gi, true),
  // Said in anger, not only reported: "kicked from the tournament", "Done with this brand", "Why would you do that?"
  cue('frustrated', 'feeling', 1, /\b(?:(?:kicked|thrown) (?:out|off|from)|done with (?:this|you)|worst possible|only found out|why would you|you(?:'ve| have)? lost (?:one of )?my)\b/gi, true),
  cue('frustrated', 'broken', 0.5, /\b(?:(?:has been|have been|is|are|was|went) (?:down|offline)|never (?:signed up|agreed to)|no (?:water|internet|signal|food))\b/gi, true),
  cue('frustrated', 'waiting', 1, /\b(?:heard nothing|nothing (?:came|arrived|turned up)|got nothing|(?:and|but) (?:still )?nothing(?! (?:saves|happens|loads|works|shows|changes|appears|prints|opens|syncs|updates|downloads|uploads|exports|imports)\b))\b|(?:^|[.!?]\s)(?:still )?nothing[.!]/gi),
  cue('frustrated', 'demand', 1, /\b(?:i|we) (?:want|need|demand) (?:this|it) (?:fixed|sorted|resolved|put right)\b|\b(?:i|we) (?:need|demand) (?:an explanation|answers)\b/gi),
  cue('frustrated', 'repeat-contact', 1, /\b(?:second|third|fourth|fifth) (?:ban|outage|replacement|refund request|complaint|engineer|visit)\b/gi),
  // Contacts counted by the customer: "I've reported it twice", "I've sent the completion letter twice", "this is the third
  // agent I've spoken to", "I've emailed twice".
  cue('frustrated', 'repeat-contact', 1, /\b(?:explained|told|repeated|gone through)\b[^.!?\n]{0,30}\b(?:two|three|four|five|six|[2-9]) different\b|\btired of (?:repeating|explaining|chasing|asking|calling|telling)\b|\b(?:i|we)(?:'ve| have)? (?:already |now )?(?:reported|emailed|e-mailed|called|rung|phoned|written|messaged|chased|asked|sent|explained|complained|raised|told)\b[^.!?\n]{0,40}?\btwice\b|\b(?:second|third|fourth|fifth|sixth|\d(?:nd|rd|th)) (?:different )?(?:agent|person|advis[eo]r|operator|rep|representative|member of staff|call handler) (?:i(?:'ve| have)?|we(?:'ve| have)?) (?:spoken|talked|explained|been)\b/gi),
  // Nobody keeps them informed: "nobody updates me", "no one gets back to us".
  cue('frustrated', 'waiting', 1, /\b(?:nobody|no one|no-one) (?:ever )?(?:updates|gets back to|got back to|tells|told|keeps|responds to|calls) (?:me|us)\b/gi),
  // The time our work or their thing has taken, told as the grievance: "the repair has taken 3 weeks", "you've had my
  // slides for 10 weeks", "it's been with you 3 weeks" (not "delivery takes 3 days").
  cue('frustrated', 'waiting', 1, /\b(?:repair|refund|claim|application|delivery|order|replacement|return|transfer|installation|install|fix|investigation|service|servicing|process|complaint|case)s? (?:\w+ ){0,3}?(?:has|have|had) (?:now |already )?taken (?:over |nearly |almost |more than )?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months)\b|\byou(?:'ve| have) had (?:my|our|his|her|their|it|them|the)\b[^.!?\n]{0,30}?\bfor (?:over |nearly |almost )?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months)\b|\b(?:it's|it has|they've|they have) been with you (?:for )?(?:over |nearly |almost )?(?:\d{1,3}|two|three|four|five|six|a) (?:days?|weeks?|months?)\b/gi),
  // Harm to the body, said as a plain fact: "my teeth hurt", "burn marks on my legs", "we've been bitten all over",
  // "felt dizzy and sick", "we're ok but shaken".
  cue('worried', 'safety', 1, /\bmy (?:\w+ )?(?:teeth|tooth|back|legs?|arms?|hands?|feet|foot|skin|eyes?|head|neck|knees?|face|mouth|gums?) (?:hurts?|aches?|(?:is|are) (?:killing me|sore|burning|bleeding|swollen|itching|peeling))\b|\bburn marks\b|\b(?:i|we|he|she|they)(?:'ve| have|'re| are| was| were| got| felt| feel| been)(?: been| all| both)? (?:bitten|stung|burn(?:ed|t)|injured|hurt|dizzy|shaken)\b|\b(?:i|we|he|she|they|my \w+|our \w+)(?:'s| has| have|'ve| was| were| is| are)? (?:been )?(?:bullied|harassed|assaulted|attacked|abused|threatened)\b/gi, true),
  // What they need it for, beside a wait or a fault: "I need my car for work", "I need it for school" (half a cue alone).
  cue('frustrated', 'failure', 0.5, /\b(?:i|we) (?:need|rely on|depend on) (?:it|this|them|my \w+|our \w+|the \w+) (?:for|to get to|to go to) (?:work|school|college|uni|my job|(?:the )?office|class|my business)\b/gi),
  cue('frustrated', 'waiting', 0.5, /\b(?:\d{1,2}|two|three|four|five|six) (?:days|weeks|months) ago\b/gi),
  // A visit that failed them: "turned up 3 hours late and left without fixing it", "nobody did", "nobody's here".
  cue('frustrated', 'waiting', 1, /\b(?:\d{1,2}|two|three|four) hours late\b|\bleft without (?:fixing|finishing|doing|repairing)\b|\bnobody (?:did|came|is here|here)\b|\bthere(?:'s| is) nobody\b|\bnot (?:been )?cleaned\b|\b(?:it has|it's) been (?:\d{1,3}|a month|two weeks|three weeks)\b(?! (?:great|good|fine|lovely))/gi),
  cue('frustrated', 'broken', 0.5, /\b(?:tried everything|opened every|deactivated|suspended|locked out|(?:£|\$|€)\d{1,6}(?:\.\d{2})? (?:a month|charge|fee|in (?:data )?charges)|bill for (?:£|\$|€))/gi),
  // A service that failed them, stated as a plain fact: a visit that never came, the wrong item, food late and cold, a
  // promise not kept, money lost, a fault that came back. People read these as upset though no feeling is named.
  cue('frustrated', 'failure', 1, /\b(?:didn'?t|did not|never|failed to|hasn'?t|has not|haven'?t|have not) (?:turn(?:ed)? up|show(?:ed)?(?: up)?|arrive[ds]?|come|got|been (?:sent|delivered|fixed|returned|refunded|repaired|paid|processed|credited))\b|\b(?:wrong|incorrect) (?:size|items?|colou?r|order|product|name|address|battery|model|part|amount|date|bill|meal|dish(?:es)?|food|parcel|book|one|dose|dosage|strength|medication|medicine|tablets|prescription)\b|\b(?:stone|ice) cold\b|(?<!\b(?:i'm|we're|i am|we are|i'll be|we'll be|i will be|we will be|i might be|we might be|i may be|we may be) (?:running |going to be |probably )?)\b(?:\d{1,3}|an?|two|three|four|five|six) (?:hours?|days?|weeks?|mins?|minutes?) late\b|\b\d{1,2}h(?: ?\d{1,2})? late\b/gi, true),
  cue('frustrated', 'failure', 1, /\bmarked (?:as )?(?:delivered|absent|complete|resolved|collected)\b|\bdelivered but\b|\b(?:isn'?t|is not|wasn'?t|was not) (?:here|there|activating|working|loading|connecting)\b|\b(?:vanished|went missing|gone missing|spel(?:led|t) wrong(?:ly)?|misspel(?:led|t)|barely slept|(?:didn'?t|couldn'?t) sleep)\b|\b(?:has|have|had|with) (?:a |an )?(?:crack|rip|hole|tear|dent|leak|stain|chip|flat|scratch|scuff|burn)\b|\b(?:died|went dead|broke|failed) (?:after|within)\b|\b(?:drifts|drifting|went out of tune|dropped all)\b/gi, true),
  cue('frustrated', 'failure', 1, /\bstopped (?:connecting|charging|syncing|loading|printing|responding|working)\b|\bkeeps? (?:drifting|declining|disconnecting|(?<!\b(?:video|screen|picture|app|game|stream|tv|laptop|phone|computer|pc|console|display|image|audio|keeps|kept|keep|still) )freezing|rejecting|dropping|cutting out)\b|\bstill (?:drops|dropping|crash(?:es|ing)|leak(?:s|ing)|happen(?:s|ing)|fail(?:s|ing)|freez(?:es|ing)|cuts? out|wet|cold|dirty)\b|\b(?:is|are|came|come) back (?:two|three|\d|after|again|already)\b|\b(?:been (?:out(?: of (?:service|order|action|use))?|down|off|closed|shut)|stuck) (?:for|since|on the)\b|\bheld (?:at|for|in) customs\b|\bheld (?:up )?(?:at|in) (?:the )?[a-z]{3,20}(?: [a-z]{3,20})? for (?:over |nearly |almost )?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks)\b|\bheld for (?:\d{1,3}|two|three|four|five|six|several) (?:days|weeks)\b|\bdown since\b|\b(?:skipped|missed) (?:our|my) (?:house|home|street|collection|bins?|delivery|appointment|slot)\b|\b(?:nearly |almost )?missed (?:my|our|the) (?:flight|train|ferry|bus|show|connection|first|wedding|appointment)\b/gi),
  cue('frustrated', 'failure', 1, /\b(?:took|taken|had to take|booked) (?:a|the) day off\b|\bfor nothing\b|\b(?:i|we) (?:was|were) (?:told|promised|quoted) (?:it would|it'd|it was|one day|\w+ days|next week|by)\b|\b(?:i'm|i am|we're|we are) (?:always |just )?told (?:next week|tomorrow|to wait|the same)\b|\b(?:i|we) (?:didn'?t|did not|never) agree\b|\bquoted (?:£|\$|€)\d[\d,.]{0,8} and now\b|\b(?:gone|went) up (?:by|to|from) (?:£|\$|€)\d|\b(?:but|even though|although) (?:i|we)(?: have| had)? (?:paid|attended|met|displayed|cancell?ed|returned|sent|booked)\b|\b(?:fine|fined|ticket|penalty|charge|charged) (?:while|even though|although|despite)\b/gi),
  cue('frustrated', 'failure', 1, /\b(?:losing|lost) (?:my |our )?(?:money|sales|customers|business|signups|orders|bookings|income|salary|wages|pay)\b|\blost \d{1,4} (?:signups|sales|customers|orders|bookings)\b|\b(?:none of (?:us|our \w+|your \w+)|nobody|no one) (?:can|could) (?:log ?in|access|use|get in|connect)\b|\bno (?:water|internet|signal|power|heating|hot water|wi-?fi|data|phone line|service) (?:at|in|for|since|on)\b|\b(?:brown|dirty|discoloured) water\b|\bcoming through (?:the|our|my) (?:ceiling|roof|wall)\b|\b(?:was|were) (?:meant|supposed|due) to (?:come|arrive|be (?:here|done|fixed|finished|delivered|collected|back|down))\b|\bwas due (?:yesterday|on|last)\b|\b(?:moved|delayed|changed|pushed back) by (?:\d{1,2}|two|three|four|five|six) (?:hours|days)\b|\bwon'?t (?:answer|reply|respond|refund|pick up)\b|\bno reason given\b|\bunfair\b|\bgives? me (?:headaches|a headache|a rash|blisters)\b|\bnobody (?:started|showed|rang|told)\b|\b(?:i|we)(?:'d| had) (?:asked|requested|paid) for\b/gi, true),
  cue('frustrated', 'failure', 1, /\b(?:i|we) (?:already |have |had )?paid\b[^.!?\n]{0,60}\b(?:overdue|surcharge|late fee|reminder)\b|\bas bad as (?:them|they are|the)\b|\bwhat are you (?:going to|gonna) do about (?:it|this)\b/gi),
  // A third party's failure that we let happen, told in the same breath ("The seller scammed me and your site did
  // nothing", "the courier lost my parcel and you keep telling me to wait"): upset at both, so at us too.
  cue('frustrated', 'failure', 1, /\b(?:did|does|done|doing) nothing\b|\b(?:scammed|ripped off|conned|cheated) (?:me|us)\b|\b(?:lost|forgot|forgotten) (?:half (?:of )?)?(?:my|our|the) (?:parcel|package|bag|luggage|suitcase|order|item|keys|booking|food)\b|\bkeeps? (?:telling|closing|cancell?ing|ignoring|sending)\b|\b(?:would|will|wouldn'?t|won'?t) (?:not )?let (?:me|us) (?:report|claim|complain|cancel|log|pay|return|book)\b|\btook (?:my|our) money\b|\bleft (?:my|our|the) (?:parcel|package|box|delivery|shopping) (?:in|on|outside|at|with|by)\b|\bclosed my (?:case|claim|complaint|dispute|ticket)\b/gi, true),
  cue('frustrated', 'failure', 0.5, /\b(?:fake|counterfeit|knock-?off|empty box)\b/gi, true),
  cue('frustrated', 'waiting', 0.5, /\bon hold\b|\b(?:been waiting|waited) (?:for )?(?:over |nearly |almost )?(?:\d{1,3}|two|three|four|five|six|several) (?:days|weeks|months)\b|\bfor (?:an|over an|the last) hour\b|\bfor ages\b|\bwaited until\b/gi),
  // Someone who depends on it: it adds to a fault, never makes one ("My son has a fever", "We have a newborn").
  cue('worried', 'safety', 0.5, /\b(?:newborn|baby|elderly|fever|medication|tablets|insulin|inhaler|disabled)\b|\b(?:i'm|i am|we're|we are|i've|we've) (?:out of|run out of|running low on)\b/gi, true),
  cue('disappointed', 'feeling', 1, /\b(?:miserable|ruined our|spoilt|spoiled)\b/gi, true),
  cue('frustrated', 'punctuation', 0.5, /\?\?|!!|\?!|!\?/g),
  // A status the customer quotes from a screen ("still shows 'label created'") is no scare quote.
  // …nor is what a screen, a popup or an e-mail said ("popups showed "joining" a bunch of groups", "it says 'coming soon'").
  // A name in quotes starts on a capital, or on a brand's inner capital ("iPhone Upgrade Program", "eBay Plus").
  cue('frustrated', 'sarcasm', 0.5, /(?<![A-Za-z0-9])(?<!\b(?:shows?|showed|showing|status(?: is)?|displays?|displayed|stuck (?:on|at)|marked(?: as)?|changed to|says?|said|saying|reads?|popped up|prompts?|prompted|labell?ed|titled|called|named) )['"“‘](?![A-Z]|[a-z]{1,3}[A-Z])[^'"“”‘’\n]{2,30}['"”’](?![A-Za-z0-9])/g),
  cue('frustrated', 'emoji', 1, /😡|🤬|😠|😤|👿|🙄/gu),
  // Ready to leave: "seriously considering switching", "if the fee isn't reversed I'm closing my account", "taking my
  // business elsewhere". A plain "please cancel my membership" is no threat and stays calm.
  cue('frustrated', 'demand', 1, /\b(?:considering|thinking (?:of|about)) (?:switching|leaving|moving (?:elsewhere|providers?|suppliers?|banks?)|cancell?ing|closing (?:my|our) account)\b|\bif\b[^.!?\n]{0,60}\b(?:i'm|i am|i'll|i will|we're|we are|we'll|we will) (?:be )?(?:closing|cancell?ing|leaving|switching|taking) (?:my|our|you|to|elsewhere)\b|\btak(?:e|ing) (?:my|our) (?:business|custom|money) elsewhere\b/gi),
  // The same fault in what we sent to put it right: "also leaks, same as the first one", "the replacement does the same".
  cue('frustrated', 'repeat-contact', 1, /\bsame as the (?:first|last|previous|original|old|other) one\b|\bsame (?:problem|fault|issue|thing) as (?:before|last time|the (?:first|last|previous|original) (?:one|time))\b|\breplacement (?:\w+ )?(?:also|too|again|has also|is also|does the same)\b/gi),
  // A wait that ended in a brush-off: "40 minutes in the queue to be told to restart my router", "only to be told".
  cue('frustrated', 'waiting', 1, /\b(?:only|just) to be told\b|\b(?:queue|queuing|on hold|waiting)\b[^.!?\n]{0,30}\bto be told\b/gi),
  // Work the fault destroyed: "Two hours of work gone", "lost three days of edits".
  cue('frustrated', 'failure', 1, /\b(?:hours?|days?|weeks?|months?|years?) of (?:my |our )?(?:work|progress|data|photos|notes|effort|edits|writing)\b[^.!?\n]{0,20}\b(?:gone|lost|wiped|deleted|vanished|wasted)\b|\b(?:lost|wiped|deleted|wasted|erased) (?:\w+ ){0,2}(?:hours?|days?|weeks?|months?|years?) of (?:my |our )?(?:work|progress|data|photos|notes|effort|edits|writing)\b/gi),
  // A business turning its own customers away because of the fault.
  cue('frustrated', 'failure', 1, /\bturn(?:ed|ing)? (?:customers|clients|guests|diners|patients|people) away\b|\bturn(?:ed|ing)? away (?:customers|clients|guests|diners|patients|people|orders|business)\b/gi),
  // Dates counted: "I complained on 3rd, 7th and 12th of this month", "called on Monday, Wednesday and Friday".
  cue('frustrated', 'repeat-contact', 1, /\b(?:complained|called|rang|phoned|emailed|e-mailed|written|wrote|chased|contacted|reported|raised it|messaged)\b[^.!?\n]{0,40}?\bon (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day),? (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day),? (?:and )?/gi),
  // The complaint announced by playing it down: "not to be a pain, but", "I don't want to make a fuss, but". Half a cue.
  cue('frustrated', 'feeling', 0.5, /\b(?:not to be a pain|hate to (?:complain|moan|be that person)|(?:don't|do not) want to (?:make a fuss|complain|moan|be difficult)|not one to complain|sorry to moan)\b/gi),
  // A complaint asked as a question: "How is it acceptable that…"; "Is it normal that a brand new machine…" is half a
  // cue each, so a plain "Is it normal for the app to ask…" stays a question.
  cue('frustrated', 'feeling', 1, /\bhow (?:is|was) (?:it|this|that) (?:fair|acceptable|ok|okay|right|reasonable) (?:that|to|for)\b/gi),
  cue('frustrated', 'failure', 0.5, /\bis (?:it|this|that) (?:normal|acceptable|usual|ok|okay) (?:that|for)\b|\bbrand[- ]new\b/gi),

  // Money still going out after they tried to stop it, called by its name: "you keep taking money", "This is theft."
  cue('frustrated', 'money', 1, /\bkeep (?:on )?(?:taking|charging|billing|debiting) (?:me|us|my|our|money|payments?)\b|\b(?:this is|that's|that is|it's|it is) (?:theft|stealing|robbery)\b|\bstealing (?:from )?(?:me|us|my|our)\b/gi),
  // Stuck on one thing for a long time: "I've been trying to cancel for a month" ("trying to book for a week in June" is a stay).
  cue('frustrated', 'waiting', 1, /\b(?:been|kept|keep) trying to (?:\w+ ){1,3}?for (?:a|an|over a|over an|nearly a|almost a|\d{1,2}|two|three|four|five|six|several) (?:whole )?(?:days?|weeks?|months?|years?|hours?)\b/gi),
  // What the failure cost them in the day: "…and was late for my exam", "made me late for work" (not "I was late for the class, can I get the handout?").
  cue('frustrated', 'loss', 1, /\b(?:made (?:me|us|him|her|them)|(?:and|so)(?: i| we)? (?:was|were|ended up)) late for\b|\bdr(?:ove|ives) (?:straight |right )?(?:past|by) (?:me|us|the stop)\b/gi, true),

  // — worry / fear —
  cue('worried', 'feeling', 1, /\b(?:worr(?:ied|ying|y)|anxious(?! to (?:get (?:started|going|stuck in)|start|begin|join|book|sign up|try|see|meet)\b)|nervous|scared|afraid|terrified|frightened|panick?(?:ing|ed)?|stressed|feel sick|should i be worried|don't know what (?:to do|i'll do|we'll do|i will do))\b/gi, true),
  // A concern said with its strength ("I'm very concerned", "we are extremely concern about my mum"): a worry told, not
  // the letter-writer's "I am concerned that the invoice is wrong".
  cue('worried', 'feeling', 1, /\b(?:i'm|i am|we're|we are|i was|we were) (?:very|so|really|extremely|deeply|seriously|quite) concern(?:ed)?\b/gi),
  // "What do I do?" mostly asks for the steps: it counts only beside another cue.
  cue('worried', 'feeling', 0.5, /\bwhat (?:do|should) (?:i|we) do\b/gi),
  cue('worried', 'safety', 1, /\b(?:hack(?:ed|er)|fraud(?:ster)?|scam(?:mer)?|(?:been |was |got )scammed|stolen|cloned|phishing|unauthori[sz]ed|without (?:my|me) (?:permission|knowing)|someone (?:has )?(?:logged|used|got|accessed|placed)|(?:i|we) never (?:made|bought|ordered|authori[sz]ed)|(?:that|it|this) wasn't me|smell gas|(?<!by )accident|injur(?:ed|y)|is it safe|stuck (?:at (?:the|an?|home|work)|abroad|here|there|in (?:my|the|a|our) (?:hotel|lift|elevator|car|airport|station|snow|country|flat|house))|stranded|pouring through|leaking|on my own|hard shoulder|flooded|oxygen|last (?:tablet|pen|dose)|miss a dose|lost my \d{1,2}-year-old|bank details|getting into my accounts?|empty (?:his|her|my) account)\b/gi, true),
  cue('worried', 'money', 1, /\b(?:can't|cannot|can not|couldn't) afford\b|\b(?:i|we) (?:honestly )?(?:can't|cannot|can not) pay\b|\b(?:stretched|falling behind|rent (?:is )?due|bills going out|until payday|cut (?:us|me) off|deposit money|left me with nothing|need to buy food|lost my job|all my savings|get through the winter)\b/gi),
  cue('worried', 'safety', 1, /\b(?:it |that )?(?:really )?hurts\b|\bin (?:a lot of )?pain\b|\bbroke my (?:leg|arm|wrist|ankle|foot|hip|back)\b|\bstanding (?:at|outside) the (?:gate|door|desk|building)\b/gi, true),
  cue('worried', 'money', 1, /\b(?:i|we) need (?:this|that|those|the|my|our) (?:money|funds|cash)\b/gi),
  // "I couldn't pay for my hotel" after a blocked card: a service that failed them on the spot, not a money worry.
  cue('frustrated', 'failure', 1, /\b(?:i|we) (?:couldn't|could not) (?:pay|check in|board|get cash|withdraw)\b/gi),
  cue('frustrated', 'waiting', 1, /\bpending for (?:\d{1,3}|two|three|four|five|six|several) (?:days|weeks|months)\b/gi),
  cue('worried', 'safety', 1, /\bthreaten(?:ing|s|ed) to (?:evict|pull out|cut|cancel|take)|\b(?:we|i) (?:lose|are losing|am losing) money\b|\bpiling up\b/gi),
  cue('worried', 'safety', 1, /\b(?:(?:lose|losing) (?:the|our|my) (?:house|home|job|business|flat)|can(?:'t|not) survive|(?:was|am|i'm|been) in hospital|only (?:have|got) (?:\d{1,2}|two|three) days?|running out of|(?<!\b(?:video|screen|picture|app|game|stream|tv|laptop|phone|computer|pc|console|display|image|audio|keeps|kept|keep|still) )freezing|i'm (?:pregnant|7\d|8\d|9\d))\b/gi, true),
  // A disability stated as context ("I'm Deaf, so please email me", "I'm a wheelchair user") is who the customer is, not a
  // worry: it adds to a fault or a harm beside it, never makes one alone.
  cue('worried', 'safety', 0.5, /\b(?:i'm|i am|he's|she's|he is|she is|my \w+ is) (?:(?:profoundly|partially|registered|legally|hard of hearing and) )?(?:blind|disabled|deaf|autistic|a wheelchair user|hard of hearing|partially sighted)\b/gi, true),
  // Hardship named as a plain fact: money the customer cannot spare gone astray, a budget already stretched, someone
  // close gravely ill or in hospital, a con that took their money. People read these as worry though no feeling is named.
  cue('worried', 'money', 1, /\b(?:(?:my|our|the) (?:rent|mortgage|food|bills) money|money is (?:tight|short)|(?:on|have) a (?:tight|limited|fixed|small) (?:budget|income|pension)|(?:live|living|am|i'm) on (?:a |my )?(?:fixed income|pension|benefits|universal credit)|pensioner|every penny)\b/gi, true),
  cue('worried', 'money', 1, /\b(?:sent|paid|transferred) (?:£|\$|€)\d[\d,.]{0,8} (?:into |to )(?:the )?wrong (?:account|person|payee)\b/gi),
  cue('worried', 'safety', 1, /\b(?:seriously|critically|terminally|very|gravely) ill\b|\b(?:is|was|has been|are|were|got|been) (?:rushed )?(?:in|into|to) (?:hospital|intensive care|icu|a&e)\b|\bhad a (?:stroke|heart attack|seizure|miscarriage)\b/gi, true),
  cue('worried', 'safety', 1, /\b(?:tricked|duped|conned) (?:me |us )?(?:by|into|out of)\b|\b(?:pretending|claiming|posing) (?:to be|as) (?:your|you|the bank|support)\b[^.!?\n]{0,60}\b(?:got|made|had|asked) (?:me|us)\b/gi),
  cue('disappointed', 'loss', 1, /\b(?:my|our) (?:father|mother|dad|mum|mom|husband|wife|partner|son|daughter|brother|sister|grandmother|grandfather|nan|gran|grandma|grandad) (?:has |had )?(?:died|passed)\b|\bbereave(?:d|ment)\b/gi),
  cue('frustrated', 'failure', 1, /\b(?:i|we) (?:was|were) (?:home|in|here|in the house) all day\b|\bstill being (?:billed|charged|sent|chased)\b|\bstill (?:sending|billing|charging|chasing) (?:him|her|them|me|us)\b/gi),
  // Distress told of themselves in any tense ("I've been crying all morning", "we were sobbing", "I'm losing sleep over
  // it"), a thing that does it to them ("this is stressing me out", "it freaks me out"), and the situation judged in a
  // strong word ("This is a disaster.", "an absolute nightmare", "I feel violated"). Not glad tears, not "not a disaster".
  cue('worried', 'feeling', 1, /\b(?:i|we)(?:'ve| have|'m| am|'re| are| was| were| had| just| literally)?(?: been| just| nearly| almost| literally)? (?:cry|crying|cried|sobbing|sobbed|in bits|losing sleep|lost sleep|dreading)\b(?! (?:with|of|from) (?:joy|laughter|laughing|happiness|relief))|\b(?:stress(?:es|ed|ing)?|freak(?:s|ed|ing)?) (?:me|us) out\b/gi, true),
  cue('frustrated', 'feeling', 1, /\b(?:(?:this|it|that|the whole thing|everything)(?:'s| is| was| has been)(?: (?:a|an|such a|an absolute|a complete|a total|an utter|just a))? (?:disaster|nightmare|shambles|farce|fiasco|rubbish|garbage|trash)|(?:an? )?(?:absolute|complete|total|utter) (?:disaster|nightmare|shambles|farce|fiasco|rubbish)|(?:i|we) (?:feel|felt)(?: (?:completely|totally|so|really|utterly))? (?:violated|betrayed|cheated|robbed|humiliated|insulted|ignored|abandoned|scammed))\b/gi, true),
  // The body's reaction or a sleepless night said instead of a feeling word: "I'm shaking", "sick to my stomach".
  cue('worried', 'feeling', 1, /\b(?:stressful|sick to my stomach|(?:i'm|i am|still) (?:literally )?shaking|end of my tether|at my wits'? end|beside (?:myself|ourselves)(?! with (?:joy|excitement|happiness|delight))|out of my mind with worry|(?:haven't|have not|not) slept|can't sleep|cannot sleep|(?:i'm|i am|we're|we are|(?:i|we)(?:'ve| have) been) (?:literally |nearly |almost |close to )?in tears|could have (?:died|been killed))\b/gi, true),
  // Tears told of someone else or as over ("My kids were in tears", "she came out in tears", "Kids in tears."): the
  // sadness of a let-down, met as disappointment, not as a worry ("I understand this is worrying" reads wrong for it).
  cue('disappointed', 'feeling', 1, /(?<!\b(?:i'm|i am|we're|we are|(?:i|we)(?:'ve| have) been|literally|nearly|almost|close to) )\bin tears\b(?! (?:of|with) (?:joy|happiness|laughter|relief))/gi, true),
  cue('worried', 'safety', 1, /\b(?:(?:\d{1,2}|one|two|three|four|five)(?: days?['’]?| weeks?['’]?) (?:supply|worth) (?:left|remaining)|(?:on|down to) (?:my|his|her|their|our) (?:very )?last (?:puff|dose|tablet|pill|pen|vial|inhaler|injection|pack|pair|bottle|nappy|nappies)|down to my last|(?:nearly|almost) out of my|allergic reaction|food poisoning)\b|\bstole (?:£|\$|€|my|our|from)/gi, true),
  // A reversal ("said it was covered and now you say it isn't"), a bill that jumped, money taken after cancelling.
  cue('frustrated', 'failure', 1, /\bnow (?:you(?:'re| are)? (?:say|saying|tell|telling|claim|claiming)|you say)\b[^.!?\n]{0,40}\b(?:not|isn't|isnt|wasn't|won't|can't|doesn't|no)\b|\byou (?:told|promised) (?:me|us)\b[^.!?\n]{0,40}\bwould\b[^.!?\n]{0,40}\b(?:and|but) (?:it's|it is|now)\b/gi),
  cue('frustrated', 'money', 1, /\b(?:jumped|shot up|gone up|went up|risen|rose|increased|doubled) from (?:£|\$|€)\d|\b(?<!\b(?:takes?|taking|took|using|uses|eats?|eating) )(?:up|increased|risen|rose|jumped)(?: by)? \d{2,3} ?%|\b(?:i|we) cancell?ed\b[^.!?\n]{0,50}\b(?:you|they|and|but)(?:'ve| have)? (?:still |then |just )?(?:charged|billed|took|taken|charging|taking|billing)\b/gi),
  cue('frustrated', 'failure', 0.5, /\b(?:i|we)(?:'ve| have)? (?:already )?paid (?:this|that|it|every (?:single )?(?:month|bill|invoice|year))\b|\bwhat(?:'s| is) going on\b|\bnobody (?:picks up|returns|is answering|will tell)\b/gi),
  cue('frustrated', 'feeling', 1, /\b(?:unbelievable|beyond a joke)\b/gi, true),
  // "Why was my claim rejected?" alone is often a plain question: it counts beside another cue ("??", "I've paid every month").
  cue('frustrated', 'failure', 0.5, /\bwhy (?:was|has|is|have|were) (?:my|our) (?:account|card|permit|application|claim|membership|order|booking|son|daughter|child|withdrawal|payment|listing|profile) (?:been )?(?:suspended|refused|rejected|blocked|removed|closed|banned|frozen|moved down|cancell?ed)\b/gi),
  // Let down and left waiting, said as facts: money not back after a cancellation, a repair kept
  // past the time promised, nobody saying a word. A called-off event alone is half a cue: "if it is cancelled, do we…?"
  cue('frustrated', 'waiting', 1, /\b(?:had|got|received|seen) no (?:refund|money back)\b|\bstill (?:do not|don't|dont|haven't|have not) (?:have|got|had|received|seen) (?:my|the|a|our|any)\b|\b(?:nobody|no one)(?: (?:at|from|in) (?:the|your) \w+)? has (?:said|done) (?:anything|a thing)\b/gi),
  cue('frustrated', 'failure', 0.5, /(?<!\bbecause (?:my|the|our) )\b(?:flight|train|ferry|show|concert|gig|event|night|excursion|course|lesson|class|match|trip|tour)s? (?:was|were|has been|had been|got) cancell?ed\b(?! by (?:me|us))|\byou said (?:\d{1,2}|two|three|five|ten|a few) (?:days|weeks|working days)\b|\bin for (?:repair|a repair|service|servicing) for\b/gi),
  // What the fault costs them, said as a plain fact: a thing they cannot use as it came, a room or business stopped, a
  // fine for our slip. People read these as upset though no feeling is named.
  cue('frustrated', 'failure', 1, /\b(?:unusable|destroyed|wrecked|nowhere to (?:cook|sleep|stay|live|wash|work)|(?:sales|orders|bookings|signups) (?:have |has )?(?:stopped|dried up)|(?:is|are|it's) costing (?:us|me)|(?:i|we)(?:'ve| have)? (?:been|got|was|were) fined|(?:our|my) customers are complaining|had to go home|(?:can't|cannot|couldn't) (?:lay|wear|use|fit|ride|hear) (?:them|it|these|this|the \w+)(?: like this| without it| at all)?)\b(?! ?(?:anymore|any more|now|since|because|as i|as we))/gi, true),
  // Something missing from what came, or their name missing from a list they were promised: "one leg missing", "my
  // name isn't on the start list"; not a part asked about ("what if a part is missing?").
  cue('frustrated', 'failure', 1, /(?<!\b(?:if|when|whether) (?:a|an|the|any|one|my|our) \w{1,20} )\b(?:is|are|was|were|came|arrived) missing\b|\b(?:one|two|three|a|an|\d{1,2}) (?:\w+ )?missing\b|\b(?:isn't|is not|wasn't|was not|aren't|are not) on (?:the|my|our) (?:\w+ )?(?:list|bill|invoice|booking|register|manifest|system)\b/gi, true),
  // Asked of us in anger: "How can you lose something like that?", "How is this fair?", a one-word "Joke."
  cue('frustrated', 'feeling', 1, /\bhow (?:can|could|did) you (?:lose|let|miss|forget|not|keep)\b|\bhow (?:is|was) (?:this|that) (?:fair|acceptable|ok|okay)\b|(?:^|[.!?]\s)joke[.!]/gi),
  // A fault that comes back at the same time each day: "drops every evening", "cuts out every night".
  cue('frustrated', 'failure', 1, /\b(?:drops?|dropped|cuts? out|disconnects?|goes off|went off|crashes) (?:out )?every (?:evening|night|morning|day|afternoon|hour)\b/gi),
  // Something of ours that came wrong, said of what we sent or did: "The invoice you sent is wrong", "you sent XL", "filed
  // my return with the wrong figure". A question whether it is wrong ("is the meter wrong?") stays a question.
  cue('frustrated', 'failure', 1, /\b(?:you|your (?:team|driver|engineer|app|system|software|site|website|store|shop|agent|courier)) (?:sent|gave|delivered|billed|charged|filed|fitted|installed|put|printed|posted) [^.!?\n]{0,40}\bwrong\b|\b(?:you sent|sent me|we got|we received|i got|i received) (?:an? )?(?:xs|s|m|l|xl|xxl|size \d{1,2})\b|\bthe \w+ you sent (?:is|are|was|were) (?:wrong|incorrect|broken|faulty|damaged)\b/gi, true),
  // A fault running since a time, told as a plain fact: "showing a 500 error since last night", "offline since Monday".
  cue('frustrated', 'waiting', 0.5, /\bsince (?:yesterday|last night|this morning|(?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|your (?:update|upgrade|last update|migration|change))\b/gi),
  // Money paid for what failed, as a bare sum: "I paid 60 euros", "spent £40". Half a cue: a sum alone is often a receipt.
  cue('frustrated', 'money', 0.5, /\b(?:i|we)(?:'ve| have)? (?:paid|spent) (?:like |over |nearly )?(?:(?:£|\$|€)\d[\d,.]{0,8}|\d[\d,.]{0,8} (?:euros|dollars|pounds|quid|bucks))\b/gi),
  // A family stranded: "stuck in Calais with three children", "on the hard shoulder with two kids".
  cue('worried', 'safety', 1, /\b(?:stuck|stranded) (?:in|at|on) \w+(?: \w+)? with (?:a |my |our |two |three |four |\d )?(?:toddler|baby|babies|kids|children|child|son|daughter|family)\b/gi),
  // Anger in the register of a formal letter: "I write to register my formal complaint", "I am dismayed by the handling
  // of my claim", "in the strongest possible terms", "wholly improper", "I await your explanation".
  cue('frustrated', 'feeling', 1, /\b(?:(?:(?:my|a|this|our) )?(?:formal|official) complaint|(?:wish|writing|write|want) to (?:complain|make a complaint|lodge a complaint|register a complaint)|in the strongest (?:possible )?terms|(?:wholly|entirely|utterly|totally|completely) (?:unacceptable|improper|inadequate|unsatisfactory|unreasonable)|dismayed|appalled|aghast|deplorable|dissatisf(?:ied|action)|(?:i|we) (?:await|expect) (?:your|an?) (?:full |written |prompt |urgent )?(?:explanation|response|apology)|not the service (?:i|we) (?:have )?(?:paid|expect|signed up))\b/gi, true),
  // Understatement: "slightly less than ideal", "a bit of a problem", "I wouldn't normally complain", "I feel lied to".
  cue('frustrated', 'feeling', 1, /\b(?:less than ideal|(?:a bit|something|rather|quite) of a (?:problem|nightmare|pain|shock|worry)|(?:wouldn't|would not|don't|do not|never) (?:normally|usually|often) complain|(?:feel|felt|been) (?:lied to|misled|mugged off|fobbed off|short-?changed)|not quite (?:the \w+ (?:we|i)(?:'d| had)? (?:imagined|hoped for|planned|expected)))\b/gi, true),
  // The same let-down over and over, said as a list: "another 40 min delay, another missed connection".
  cue('frustrated', 'repeat-contact', 1, /\banother [^.!?\n,]{1,30}, (?:and )?(?:yet )?another\b|\byet another\b/gi),
  // A wait told as the time it has taken: "I've been waiting four days for my prescription", "waiting 2 hours at the gate".
  cue('frustrated', 'waiting', 1, /\b(?:(?:i|we)(?:'ve| have)? been (?:sat|sitting|stood|standing)|(?:(?:i|we)(?:'ve| have)? )?been (?:waiting|queuing|on hold))(?: here| in [a-z ]{3,25}| at [a-z ]{3,25})? (?:for )?(?:over |nearly |almost )?(?:\d{1,3}\+?|two|three|four|five|six|seven|eight|nine|ten|several) (?:hours|days|weeks|months|minutes)\b/gi),
  // Charged or billed for what they did not have or want: "charged for a year's subscription I didn't want", "billed for
  // 40 seats but only have 12", "charged council tax for a flat I moved out of", "still taking payments".
  cue('frustrated', 'money', 1, /\b(?:i|we)(?:'ve| have)? (?:been|was|were|got) (?:charged|billed)\b[^.!?\n]{0,60}?\b(?:didn't|did not|never|moved out|was closed|were closed|no longer|cancell?ed)\b|\bstill (?:taking|deducting|collecting) (?:payments|money|the (?:payments|money|direct debit))\b|\btaken (?:\w+ )?(?:further|more|extra) payments\b/gi),
  // …"when we only have 9 users": a bill that does not match is as often a puzzle as a grievance, so half a cue.
  cue('frustrated', 'money', 0.5, /\b(?:i|we)(?:'ve| have)? (?:been|was|were|got) (?:charged|billed)\b[^.!?\n]{0,60}?\bonly\b/gi),
  // What came was not what was ordered, said of the thing as it came: "arrived with the wrong logo", "came out with the
  // wrong cover colour", "arrived with half the bees dead", "arrived without brakes fitted".
  cue('frustrated', 'failure', 1, /\b(?:arrived|came|turned up|came out|came back|was delivered|were delivered|was printed|were printed) (?:with )?(?:the |a |an |all )?wrong\b|\b(?:arrived|came|came out|came back|turned up) with (?:the |half (?:of )?the |half (?:of )?(?:its|their) |a |an |its |their |one |two )?[a-z]{2,20}(?: [a-z]{2,20})? (?:off-?cent(?:re|er)|missing|dead|broken|hanging off|smashed|cracked|crushed|loose|upside down|misspel(?:t|led)|faded|stained|ripped|torn|bent)\b|\b(?:arrived|came|was delivered|were delivered) without (?:the |its |their |any |a |an )?[a-z]{2,20}\b/gi, true),
  // Called off at the last minute by us: "cancelled an hour before our event", "cancelled with 20 minutes' notice", "called
  // off the night before" (a cancellation with days of notice, or one the customer asked for, is no grievance).
  cue('frustrated', 'failure', 1, /\b(?:cancell?ed|called off|pulled)(?: (?:on|by) (?:us|me))? (?:(?:only|just|less than) )?(?:(?:an?|one|two|three|\d{1,2}) (?:hours?|minutes?|mins?|hrs?)|the (?:day|night|morning|evening)|on the day) (?:before|beforehand|ahead|prior)\b|\b(?:cancell?ed|called off)(?: again)? (?:with|on) (?:(?:only|just|less than) )?(?:\d{1,2} ?(?:minutes?|mins?|hours?|hrs?)['’]?|an hour['’]s|no|zero|barely any) notice\b/gi, true),
  // A break-in at their home, car or things in our care, said as a fact: "my caravan's been broken into at your yard", "the
  // unit was burgled", "we were robbed in the room". Their safety, not a fault of a thing ("broken" alone is).
  cue('worried', 'safety', 1, /\b(?:(?:been|was|were|got|gets|get) (?:broken into|burgl(?:ed|arised|arized)|robbed|ransacked)|(?:a |the )?(?:burglary|break-in)\b(?! (?:cover|insurance|policy|alarm))|broke into (?:my|our|the))\b/gi, true),
  // Turned away or left at the door by us: "we were turned away at the door", "closed when we arrived", "no instructor came".
  cue('frustrated', 'failure', 1, /\b(?:turned (?:me|us|him|her|them) away|(?:was|were|got) turned away|(?:was|were) closed when (?:we|i) (?:arrived|got there|turned up)|left (?:\w+ ){0,4}on (?:a|the|my|our) doorstep|no (?:instructor|driver|engineer|technician|courier|rep|guide|teacher|tutor|fitter|installer|nurse|carer|staff|taxi|bus) (?:ever )?(?:(?:has|have) )?(?:came|come|turned up|showed up|shown up|showed|arrived)|(?:can't|cannot|couldn't) find (?:it|them|my \w+)(?= now|\.|!| anywhere))\b/gi),
  // Passed around: sent from one team or person to the next and back, each saying it is another's to handle ("transferred
  // between billing and technical four times", "bounced back and forth", "the dealer says the service centre, the service
  // centre says the dealer", "going round in circles").
  cue('frustrated', 'repeat-contact', 1, /\b(?:transferred|passed|bounced|shunted|pushed|sent|referred|redirected|ping-?ponged|shuffled)(?: (?:me|us|it|around|about|round))? (?:between|from (?:one|department|team|person|pillar)|back and forth|(?:a)?round (?:and round|in circles|\w+ (?:departments|teams|people|agents)))\b|\b(?:each|every) (?:one|time|department|team|person|agent)\b[^.!?\n]{0,40}\b(?:another|other|different) (?:department|team|person|agent|one|company|number)\b|\b(?:round|around) in circles\b|\b(?:is|are|was|were|keep|keeps) (?:telling|saying) (?:me |us )?to (?:contact|call|ask|go to|email|speak to) (?:the|your|their)\b/gi),
  // The same thing over and over, counted by the customer: "the second missed drop this month", "the third weekend
  // running", "sent them both times", "asking for the same invoices again".
  cue('frustrated', 'repeat-contact', 1, /\b(?:second|third|fourth|fifth|sixth|\d(?:nd|rd|th)) (?:\w+ )?(?:missed|late|cancell?ed|failed|wrong|broken|lost|delayed|faulty|damaged|botched|short|empty|no-show) \w+|\b(?:second|third|fourth|fifth|sixth|\d(?:nd|rd|th)) (?:\w+ ){1,2}(?:running|in a row)\b|\b(?:sent|paid|provided|uploaded|submitted|explained|answered|posted|emailed|signed) (?:\w+ ){0,2}both times\b|\b(?:asking|asked|ask) (?:me )?(?:for|to send) the same\b/gi),
  // Someone gravely ill or in care, said in any tense: "I'll be in hospital that week", "recovering from chemotherapy",
  // "he was diagnosed with cancer", "my dad's in a hospice".
  cue('worried', 'safety', 1, /\b(?:be|being|been|stay|staying|admitted|going|go|back) (?:in|into|to) (?:a |the )?(?:hospital|hospice|intensive care|icu)\b|\b(?:chemo(?:therapy)?|radiotherapy|dialysis|palliative|terminal (?:illness|diagnosis))\b|\bdiagnosed with\b|\brecovering from (?:a |an |my |the |major |heart |back |hip |knee )?(?:surgery|operation|stroke|heart attack|illness|cancer|chemo\w*|treatment|covid|pneumonia|sepsis)\b/gi, true),
  // A death named by its noun: "following my father's death", "since the loss of our son", "after his funeral".
  cue('disappointed', 'loss', 1, /\b(?:my|our|his|her|their) (?:late )?(?:father|mother|dad|mum|mom|husband|wife|partner|son|daughter|brother|sister|grandmother|grandfather|nan|gran|grandma|grandad|friend|child|baby)['’]s (?:death|passing|funeral)\b|\b(?:since|after|following) (?:the (?:death|loss|passing) of)\b/gi),
  // What the fault cost a business, counted: "lost two private bookings worth about £1,800", "cost us £420 on top".
  cue('frustrated', 'failure', 1, /\blost (?:\w+ ){1,3}?(?:bookings|sales|orders|customers|clients|shifts|covers|jobs|contracts|tables|guests|deals) (?:worth|of|totalling|totaling)\b|\bcost (?:us|me) (?:£|\$|€)\d|\b(?:costing|cost) (?:us|me) (?:a fortune|hundreds|thousands|real money)\b/gi),
  cue('worried', 'plea', 0.5, /\bplease,? help\b|\bhelp (?:him|her|us|me)\b|\bplease lock\b|\bplease stop it\b|🙏/giu),
  cue('worried', 'emoji', 1, /😰|😨|😱|😟|😥|😧/gu),

  // — urgency (time pressure) —
  cue('urgent', 'deadline', 1, /\b(?:urgent(?:ly)?|asap|a\.s\.a\.p|as soon as possible|immediately(?! (?:thought|noticed|reali[sz]ed|saw|knew|felt|went|called|contacted|reported|after|afterwards))|right away|right now|emergency|time-sensitive|every minute|in the next hour|in an hour|within the hour|before (?:i leave|then|boarding)|(?:boarding|deadline|portal) (?:closes|is)|(?:starts|closes|is due) in)\b/gi, true),
  cue('urgent', 'deadline', 1, /\b(?:send (?:someone|them|it)|blocked|call me back|help quickly|tell security)(?: now| asap| today| quickly|!)|(?<!\b(?:do|does|did|will|would|should|must|shall) (?:i|we|they|he|she|you|both of us|all of us|everyone) )\b(?:need|have) to be (?:there|in)\b/gi),

  cue('urgent', 'deadline', 1, /\b(?:leaves|departs|starts|closes|boards|is due) in (?:\d{1,3}|an?|one|two) (?:minutes|mins|hours?)\b|\b(?:have|got) an? (?:quiz|exam|test|meeting|flight|interview|appointment) (?:at|in) \d/gi),

  // — disappointment / sadness —
  cue('disappointed', 'feeling', 1, /\b(?:disappoint(?:ed|ing|ment)|let[- ]down|gutted|heartbroken|heartbreaking|so sad|really sad|a bit sad|upset|(?:a|such a|bit of a) shame|devastated|not how (?:we|i) (?:imagined|planned|expected)|slap in the face|too late now|it's too late|passed away|funeral|i just wanted(?! to (?:check|ask|say|let|know|confirm|see|find out|make sure|flag|thank|update|query|double-check|mention|pass on|give)))\b/gi, true),
  cue('disappointed', 'loss', 1, /\b(?:ruined|gone forever|lost (?:my whole|my save|both|all|everything|our)|years of data|(?:was|were) (?:really |so )?looking forward|so excited|(?:was|were) (?:meant|supposed) to be|saved (?:up|all year|for months)|loyalty meant|ended up eating|put everything into)\b/gi, true),
  cue('disappointed', 'loss', 0.5, /\b(?:turned down|rejected|declined|refused|disappeared)\b/gi),
  // Loyalty named beside a complaint: "I have paid you for eleven years", "a customer for 12 years" (alone it is no upset).
  cue('disappointed', 'loss', 0.5, /\b(?:paid (?:you|your \w+|premiums|in) for|(?:been )?(?:with you|a (?:loyal )?(?:customer|member|subscriber)) for) (?:over |nearly |almost )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several) years\b/gi),
  cue('disappointed', 'emoji', 1, /😢|😭|😞|😔|💔|☹|🙁|😩/gu),
  // The pleading face, and a typed sad face said twice over (":((", ":-(("), as the emoji are; a single typed ":(" beside a
  // question ("I lost my password :( can you help?") is a shrug, not a feeling to name.
  cue('disappointed', 'emoji', 1, /🥺|:-?\({2,4}(?![\w)])/gu),

  // — confusion —
  cue('confused', 'feeling', 1, /\b(?:confus(?:ed|ing|ion)|don't understand|do not understand|don't get (?:why|it|how|what)|not sure (?:what|how|why|whether|if|where|which|i)|unsure|unclear|makes no sense|doesn't make sense|(?:don't|do not) know why|make sense of|no idea|(?:bit|totally|completely) lost|i'm lost|chicken and egg|(?:am i|have i) (?:doing|done|looking|missing)\b|something (?:i'm|i am) missing|did i do something wrong|which (?:one|is it|is right|is correct|applies|dates|should i)|what does .{1,40}mean)\b/gi, true),
  cue('confused', 'contradiction', 0.5, /\bbut (?:the|my|your|moodle|the website|the app|the portal|the contract|the letter)\b.{0,60}\b(?:says?|said|shows?|mentions?|doesn't mention)\b|\b(?:explain|which)\b/gi),

  // — happiness / gratitude —
  cue('happy', 'gratitude', 1, /\b(?:thank you (?:so|very) much|thanks (?:so|very) much|thanks a lot|thank you to|huge thanks|many thanks for|thanks guys|you saved|much appreciated|really appreciated?|i appreciate it|appreciate (?:it|the)|grateful|pass on our thanks)\b|\b(?:thanks|thank you|cheers)(?: (?:again|all|so much|for (?:the|your|all|sorting|helping|going|restoring|refunding|extending|moving|staying|swapping|being|everything|a)))?(?:,? [^.!?\n]{0,40})?!/gi),
  cue('happy', 'gratitude', 0.5, /\b(?:thanks|thank you)(?! in advance)\b/gi),
  cue('happy', 'praise', 1, /\b(?:perfect(?:ly)?|brilliant|amazing|wonderful|fantastic|excellent|lovely|awesome|fabulous|you (?:guys )?rock|a star|made (?:my|our) (?:day|stay|road trip)|made our|went out of (?:his|her|their) way|above and beyond|so kind|really kind|so patient|friendly|a relief|worth the wait|couldn't have done it without|best box|all good now|fits like a dream|i passed|approved|exactly what i needed|all sorted|fixed it|that worked|works now|loved|delighted|great job|great to)\b/gi, true),
  // Their own good news about a fix: "the replacement part worked", "the washing machine is running again", "back up and running".
  cue('happy', 'praise', 1, /\b(?:the|your|that|this) (?:fix|replacement|new \w+|part|update|reset|tip|advice|steps?|code|trick|workaround) (?:\w+ )?worked\b|\b(?:is|are|it's|now) (?:running|up and running|working) (?:again|fine now|perfectly now)\b|\bback up and running\b/gi, true),
  // Praise for a person: "Chris was a credit to you, so polite and tidy".
  cue('happy', 'praise', 1, /\ba credit to (?:you|your|the)\b|\b(?:so|really|very|incredibly|super) (?:polite|helpful|professional|courteous|considerate|thorough|efficient|knowledgeable)\b/gi, true),
  cue('happy', 'praise', 0.5, /\b(?:great|love|good(?! (?:morning|afternoon|evening|day|night))|glad|happy|working again|is gone)\b/gi, true),
  cue('happy', 'emoji', 1, /😍|😊|🙂|🙌|💕|❤|👍|😀|😄|🎉|🥳|😁/gu),
  // A typed smiley on its own ("Thank you :)", "cheers :D"): half a cue, beside thanks it is a happy customer.
  cue('happy', 'emoji', 0.5, /(?<![\w:;])[:;]-?[)D](?![\w)])|\(:(?!\w)/g),
];

/** Words that negate a feeling word a few words later ("not worried", "never broken"). */
export const NEGATION_BEFORE = /\b(?:not|never|no|isn't|wasn't|aren't|weren't|don't|didn't|doesn't|nothing|hardly|without)\b[^.!?\n]{0,12}$|\bthought (?:it|they|we|i) (?:was|were|had) $|\b(?:my|his|her|their|our) $/i;

/** Turns of phrase that are sarcastic in themselves ("Oh great", "Love that for me", "How generous"). */
export const SARCASM_MARKERS =
  /\b(?:(?:brilliant|great|wonderful|fantastic|lovely|perfect|superb|awesome|marvellous)[,.!]{0,3} (?:another|yet another|one more) [^.!?\n]{0,40}\b(?:no|not|without|missing|broken|cold|late|wrong|delayed|cancell?ed|failed)\b|oh (?:great|good|brilliant|wonderful|fantastic|joy|perfect|lovely)|love that for me|love how|loved being|genius|how generous|very smart|(?:truly|really) world-class|world-class customer|customer-friendly|feeling very valued|so well informed|excellent touch|attention to detail|made the stay memorable|thanks for nothing|yeah right|what a surprise|i'm sure (?:the|you|they) .{1,30}enjoy|a whole \d{1,3}%|10\/10|for the privilege|nothing like (?:standing|sitting|waiting|being (?:left|stuck)|spending|paying)\b[^.!?\n]{0,60}\b(?:with no|without|for (?:hours|ages|an hour)|in the (?:rain|cold|dark))|(?:truly|really) a world-class|thanks? (?:you )?(?:so much |a lot |very much )?for (?:losing|breaking|ruining|wasting|ignoring|overcharging|nothing))\b/gi;

/** Short praise that reads as sarcasm when the message complains ("Incredible.", "Great.", "Love that for me."). */
export const SARCASTIC_PRAISE =
  /\b(?:incredible|great|wonderful|brilliant|fantastic|amazing|genius|excellent|lovely|superb|perfect|love that|love how|loved being|thanks so much for|how generous|very smart|world-class|10\/10|customer-friendly|feeling very valued|very valued|exactly what the last|(?:really|so|very) helpful|so well informed|the kids will enjoy|attention to detail|excellent touch|really made the stay)\b/gi;

/** All-capital words that are names, not shouting. */
export const ACRONYMS = new Set(['SIM', 'API', 'PDF', 'SSO', 'ATM', 'PAC', 'VAT', 'USB', 'DLC', 'EU', 'UK', 'USA', 'TV', 'ID', 'PC', 'IT', 'CEO', 'FAQ', 'GB', 'MB', 'HDMI', 'URL', 'BV', 'LTD', 'PS4', 'PS5', 'SMS', 'PIN', 'CVV', 'IBAN', 'BIC', 'NHS', 'DM', 'OK', 'AM', 'PM', 'BA', 'TK', 'MT', 'LS6']);
export const URGENT_CAPITALS = new Set(['URGENT', 'ASAP', 'NOW', 'HELP', 'EMERGENCY']);
