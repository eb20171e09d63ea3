/**
 * Sentences that already meet the customer's feelings, in the many ways agents really say it: sympathy
 * ("Sorry to hear that", "That sounds like it can be difficult…"), understanding ("I completely understand",
 * "Totally normal to feel nervous"), reassurance ("Don't panic"), shared joy ("Congrats on…"), and the
 * social-media "Yikes!". The warmth markers know only a few of these; the acknowledgement check reads this
 * wider list so it never asks for an acknowledgement the reply already makes.
 * One alternation of fixed phrases with optional single words: linear.
 */
/**
 * What a trouble of theirs is with, after "having issues": "with your internet", "logging in", "receiving the code".
 * A sorry that names it is no formula here, and the acknowledgement check reads it as a plain sorry.
 */
export const TROUBLE_WITH_A_THING = String.raw`(?:with|on|in|accessing|using|logging|signing|connecting|getting|receiving)\b`;
/** "see" followed by a thing on record ("the tests", "your order", "from here") is reading the account, not the feeling. */
const SEES_A_THING = String.raw`(?! (?:the|your|a|an|from|on|in|at|where|there|its|it['’]s|two|three|all|both|each|every|several|\d)\b)`;
/** Words that name how a situation feels. */
const FEELINGS = [
  'stressful', 'frustrating', 'worrying', 'annoying', 'upsetting', 'disappointing', 'exhausting', 'maddening', 'infuriating',
  'unsettling', 'nerve-wracking', 'scary', 'frightening', 'awful', 'horrible', 'terrible', 'rough', 'miserable', 'rubbish',
  'painful', 'shock', 'shocking', 'blow', 'ordeal', 'disappointment', 'letdown', 'let-down', 'headache', 'mess', 'nightmare',
  'hassle', 'worry', 'pain', 'confusing', 'tricky', 'fiddly', 'overwhelming', 'daunting', 'baffling', 'gutting',
  'heartbreaking', 'devastating', 'galling', 'grim', 'nasty', 'endless', 'unfair', 'bleak', 'grotty', 'dispiriting',
].join('|');

/** How the customer may feel, in the words an agent names it with: "you must be so frustrated", "every right to be annoyed". */
const FELT = [
  'frustrated', 'worried', 'upset', 'annoyed', 'stressed', 'disappointed', 'fed up', 'anxious', 'exhausted', 'cross', 'angry',
  'gutted', 'furious', 'livid', 'nervous', 'scared', 'confused', 'shaken', 'heartbroken', 'devastated', 'fuming', 'let down',
].join('|');

/**
 * The fear itself answered: "It's not too late", "A delayed flight isn't your fault", "You did nothing wrong", "You're
 * far from the first", "the money isn't lost". It meets a worry or a confusion; to an angry customer, even one in a
 * hurry, it brushes the complaint aside.
 */
const FEAR_ANSWERED_SOURCE = String.raw`\b(?:it['’]s|it is) not too late\b|\b(?:isn['’]t|is not|wasn['’]t|was not|not) (?:at all |in any way )?your fault\b|\byou (?:did|have done|['’]ve done) nothing wrong\b|\byou['’]re (?:far from|not|by no means|definitely not|certainly not) the first\b|\b(?:money|payment|funds|deposit|refund|booking|place|seat|data|files|photos|account) (?:isn['’]t|is not|aren['’]t|are not|hasn['’]t been|has not been|won['’]t be|will not be) (?:lost|gone|wasted|at risk)\b`;
const FEAR_ANSWERED = new RegExp(FEAR_ANSWERED_SOURCE, 'i');
const MOODS_FEAR_ANSWERED_MEETS = new Set(['worried', 'confused']);

/** Who a get-well wish is for beside "you": family, a friend, a pet ("your son", "your little one", "Grandad"). */
const KIN = String.raw`(?:dad|mum|mom|mother|father|nan|gran|granny|grandad|grandma|grandpa|grandmother|grandfather|son|daughter|husband|wife|partner|boyfriend|girlfriend|brother|sister|child|kids?|children|one|boy|girl|baby|family|friend|colleague|aunt|uncle|dog|cat|puppy|kitten)`;
const ACKNOWLEDGES = new RegExp(
  [
    String.raw`\b(?:sorry|apologi[sz]e|apologies|congrat(?:s|ulations)|understandabl[ey]|no wonder|yikes|oh no|oh dear|i hear you)\b`,
    String.raw`\b(?:i|we)(?: (?:completely|totally|fully|absolutely|really|do|can|definitely|certainly))? (?:understand|get (?:it|that|why|how))\b`,
    // Normal said of the feeling ("Totally normal to feel nervous", "perfectly natural to worry", "your concern is
    // completely normal") meets it; said of the fault ("this is perfectly normal", "it's totally normal at daycare",
    // "completely normal to need two weeks to adapt") waves the trouble away and meets nothing (session 37).
    String.raw`\b(?:totally|completely|perfectly|quite|so|very) (?:reasonable|fair)\b`,
    String.raw`\b(?:totally|completely|perfectly|quite|so|very) (?:normal|natural|understandable),? (?:for you )?to (?:feel|worry|wonder|fret|panic|want|ask|question|check|double-check|think|expect|have (?:\w+ )?(?:questions|doubts|concerns|second thoughts|nerves)|(?:be|get|feel) (?:\w+ )?(?:${FELT}))\b`,
    String.raw`\byour (?:reaction|concerns?|worr(?:y|ies)|questions?|feelings?|nerves|frustration|upset) (?:is|are)(?: \w+)? (?:normal|natural|understandable)\b`,
    String.raw`\b(?:that|this|it)(?:['’]s| is| must be| sounds| can be| could be| must have been)(?: (?:so|really|very|incredibly|understandably|a bit|such|quite|genuinely|like it can be))? (?:a )?(?:frustrating|stressful|worrying|annoying|upsetting|disappointing|difficult|hard|scary|frightening|confusing|worry|pain|nightmare|hassle|shame|bummer|weird|odd|strange)\b`,
    String.raw`\bsounds like (?:it|that|this|you)\b`,
    String.raw`\b(?:don['’]t|do not|no need to|try not to) (?:worry|panic|fret|stress)\b`,
    // Telling them their reading is right: "you're not imagining it", "you're not going mad".
    String.raw`\byou['’]re not (?:imagining (?:it|things)|going mad|wrong)\b`,
    String.raw`\b(?:sad|upset|sorry|concerned|gutted|disappointed) to (?:hear|see|learn|read)\b`,
    String.raw`\bwhat a (?:pain|nightmare|hassle|shame|relief)\b`,
    String.raw`\bnot (?:the (?:type|kind|sort) of (?:\w+ ){1,2}|(?:exactly )?what )(?:you|anyone|we)(?: \w+)? (?:want|expect|need|hope|like|love)\b`,
    String.raw`\byou['’]re (?:far from|not|definitely not|certainly not) (?:alone|the only one)\b`,
    String.raw`\b(?:good|great|nice) (?:spot|catch)\b`,
    String.raw`\bduring this (?:difficult|challenging|uncertain|tough|stressful) time\b`,
    // "I can see the line tests on your account" reports a fact; "I can see how…", "I can see why…" meet the feeling.
    String.raw`\bi can (?:see${SEES_A_THING}|imagine|understand)\b`,
    String.raw`\bhate to (?:see|hear)\b`,
    String.raw`\bappreciate your (?:concern|patience)\b`,
    // Their care for others named: "we appreciate you looking out for the rest of the community", "thanks for looking out for other buyers".
    String.raw`\b(?:appreciate|thanks? (?:you )?for) (?:you |your )?looking out for (?:the rest of|other|others|fellow|everyone|the (?:community|public))\b`,
    String.raw`\b(?:want|like) to make (?:it|this|things) right\b`,
    String.raw`\bi know (?:how|it|that)\b`,
    String.raw`\b(?:to )?(?:feel|feeling) (?:nervous|anxious|worried|frustrated|stressed|upset)\b`,
    String.raw`\b(?:thanks|thank you) for (?:your )?(?:patience|bearing with|sticking with)\b`,
    // A feeling named about their situation: "What a stressful moment", "being stranded is exhausting", "That must be a shock".
    String.raw`\b(?:what an?|such an?|is|are|was|were|be|been|['’]s|sounds|feels?|looks|seems) (?:\w+ ){0,2}(?:${FEELINGS})\b`,
    // Taking their side: "I'd be fuming too", "You were right not to wait", "You've been more than patient", "That's really not on".
    String.raw`\b(?:i['’]d|i would|anyone would|who wouldn['’]t) (?:\w+ )?(?:be|feel) (?:\w+ )?(?:fuming|furious|livid|cross|upset|annoyed|frustrated|worried|gutted|disappointed|stressed|angry|nervous|anxious)\b`,
    String.raw`\byou(?: were|['’]re| are)(?: \w+)? right\b|\byou['’]ve been (?:\w+ ){0,2}(?:patient|understanding|kind)\b`,
    String.raw`\b(?:that|this|it)(?:['’]s| is)(?: just| \w{2,12}ly)? not (?:on(?! (?:us|me|our|my)\b)|ok|okay|good enough|acceptable|fair)\b`,
    // Telling them they are not the only one: "lots of cats feel the same", "many people find it confusing at first".
    String.raw`\b(?:lots of|many|plenty of|most) (?:\w+ ){0,2}(?:feel|find|get|are) (?:the same|that way|it (?:hard|confusing|tricky|stressful))\b`,
    // Naming what they feel or went through: "You must be so frustrated", "What a week you've had!", "Three weeks is a
    // long time to wait", "That's a rotten start to your holiday", "Waiting with no news is the worst".
    String.raw`\byou must (?:be|have been|feel) (?:\w+ )?(?:${FELT})\b|\byou(?:['’]ve| have) every right\b|\b(?:fair|right|understandable) (?:enough )?(?:to be|that you['’]re|you['’]re) (?:\w+ )?(?:${FELT})\b`,
    String.raw`\bwhat an? (?:\w+ )?(?:week|day|month|time|morning|start|ordeal|journey|experience|saga|palaver)\b|\b(?:is|was|['’]s) (?:a (?:really |very )?long (?:time|wait)|the worst)\b`,
    String.raw`\b(?:rotten|rough|awful|terrible|horrible|miserable|rubbish|frustrating|stressful|difficult|tough) (?:start|end|week|day|time|experience|introduction|few days)\b`,
    String.raw`\bi can (?:only |just |well )?(?:see${SEES_A_THING}|imagine|understand)\b|\bi can(?:['’]t| ?not) (?:believe|imagine)\b|\bi hear (?:how|that|what)\b|\bfeel for you\b|\b(?:you )?poor (?:thing|soul|you)\b`,
    String.raw`\b(?:i['’]d|i would|anyone would) (?:\w+ )?feel (?:exactly |just )?the same\b|\b(?:i['’]m|i am|we['’]re|we are) (?:so |really |truly )?(?:gutted|sad|heartbroken) (?:for|to)\b`,
    // Owning the failure: "This should never have happened", "You shouldn't have had to chase us", "We dropped the ball".
    String.raw`\b(?:shouldn['’]t|should not|should never) have (?:had to|happened|been|taken|needed)\b|\b(?:no one|nobody|no-one) should (?:have to|ever)\b`,
    String.raw`\b(?:we|i) (?:really )?(?:let you down|dropped the ball|got (?:this|that|it) wrong|messed (?:this |that |it )?up|slipped up|made a mistake)\b|\byou deserved? (?:better|more|an apology)\b`,
    String.raw`\bnot the (?:experience|service|welcome|start) (?:we|you|anyone)\b|\b(?:that|this|it)(?:['’]s| is| was)(?: \w+)? unacceptable\b|\b(?:thanks|thank you) for being (?:so |very |really )?(?:patient|understanding)\b`,
    // Reassurance that meets a worry: "Not at all, it's never too late!", "You're fine, I promise!", "would make anyone wonder".
    String.raw`^\W*(?:not at all|nope|no,? not at all|(?:not (?:a|an|any)|no) (?:problem|issue|bother)(?: at all)?(?=\s*[!—–-]))\b|\bnever too late\b|\byou['’]re (?:totally |absolutely |completely |perfectly )?(?:fine|safe|okay|ok)\b|\bnothing to worry about\b|\bwould (?:make|leave) anyone (?:wonder|worry|worried|confused|cross|annoyed)\b`,
    FEAR_ANSWERED_SOURCE,
    // Reassurance that answers the worry itself: "You won't be fined", "You didn't do anything wrong", "Your photos
    // should be fine", "Your booking is there", "nothing to be concerned about", "That reference is easy to miss".
    String.raw`\byou (?:won['’]t|will not|didn['’]t|did not|haven['’]t|have not|don['’]t|do not) (?:\w+ )?(?:be (?:fined|charged|penali[sz]ed|billed|penalty)|have to pay|lose (?:anything|it|them|your)|do(?:ne)? anything wrong)\b`,
    // Soothing the customer's blame of themselves: "Please don't be hard on yourself", "try not to blame yourself",
    // "it doesn't mean you've failed".
    String.raw`\b(?:don['’]t|do not|no need to|try not to) (?:be (?:so |too )?hard on yourself|blame yourself|beat yourself up)\b|\b(?:doesn['’]t|does not) mean you['’]ve failed\b`,
    String.raw`\byour (?:\w+ ){1,2}(?:is|are|should be|will be)(?: all| still| perfectly| completely| totally)? (?:safe|fine|there|okay|ok|intact|unharmed)\b|\bnothing to (?:be )?(?:worried|concerned|fret|panic|worry) about\b|\b(?:easy|common|very easy) to (?:miss|overlook|mix up|get wrong)\b`,
    // Owning it in other words: "That's on us", "You should have had a call", "not the unboxing you deserved",
    // "a £5 credit for the hassle"; backing their move: "that's the right move"; the situation named: "that's tough".
    String.raw`\bthat['’]s (?:all )?on (?:us|me)\b|\byou should have (?:had|been (?:told|called|given)|got|heard)\b|\bnot the (?:\w+ ){1,2}(?:you|anyone) (?:deserved?|expected|hoped for|wanted|needed)\b`,
    String.raw`\b(?:credit|voucher|refund(?:ed)?|discount|gesture|goodwill)\b(?: \S+){0,8} for the (?:hassle|trouble|bother|wait|mix-?up|delay|inconvenience)\b`,
    String.raw`\b(?:that['’]s|that was|was|is) (?:exactly )?the right (?:move|call|thing to do)\b|\byou(?: did|['’]ve done| have done) (?:exactly )?(?:the right thing|right)\b|\b(?:that|this)(?:['’]s| is| sounds| must be)(?: so| really| very)? (?:tough|inconvenient|a lot to deal with)\b`,
    String.raw`\bthe last thing (?:you|anyone)\b|\b(?:far|way|much) (?:too (?:long|close|slow|late|much|many|often)|longer than)\b|\byou(?:['’]ve| have) (?:been|had to be) (?:passed|bounced|sent|transferred|shunted|pushed|pinged) (?:\w+ )?(?:around|about|round|between|from|back and forth)\b|\b(?:ugh|argh|gah|oof|ouch|eek)\b`,
    // Their side taken in other words: "would drive me up the wall too", "we'd be gutted too", "no argument from us",
    // "is a lot to plan a working life around".
    String.raw`\b(?:would|['’]d) (?:drive|send) (?:me|us|anyone) (?:up the wall|mad|crazy|round the bend|spare|nuts|bananas)\b|\b(?:we|they)(?:['’]d| would) (?:\w+ )?(?:be|feel) (?:\w+ )?(?:fuming|furious|livid|cross|upset|annoyed|frustrated|gutted|disappointed|stressed|angry)\b|\bno argument (?:from (?:us|me|here)|there)\b|\b(?:is|was|['’]s) a lot to (?:\w+ ){0,3}?(?:deal with|take|ask|handle|cope with|plan|put up with|go through)\b`,
    // The failure owned in a "should have" of ours: "should have been treated as urgent", "when we should have sent a reader".
    String.raw`(?<!\byou )\bshould have been (?:\w+ )?(?:treated|told|sent|done|fixed|sorted|flagged|called|warned|informed|handled|dealt with|given|offered)\b|\b(?:we|i) should have\b`,
    // Their feeling with them as its subject, in any tense: "how worried you are", "you've been so anxious".
    String.raw`\bhow (?:${FELT}) you\b|\byou(?:['’]re| are| were|['’]ve been| have been) (?:so |really |very |understandably |clearly )?(?:${FELT})\b`,
    // Their burden conceded: "you shouldn't have to keep reporting it", "nobody should need to chase".
    String.raw`\b(?:you|anyone|nobody|no one|no-one) (?:shouldn['’]t|should not|should never|should) (?:have to|need to)\b`,
    // A negated approval of what happened, any subject but theirs: "Three hours with no word isn't good enough".
    String.raw`^(?!\W*(?:your?|you['’]re)\b)[^.!?]*\b(?:is|was|are|were)(?:n['’]t| not)(?: \w+ly)? (?:ok|okay|good enough|acceptable|fair)\b`,
    // Their point conceded: "Fair question, Carl.", "Fair point", "You have a point".
    String.raw`\b(?:fair|good|valid) (?:question|point|shout|challenge)\b|\byou (?:have|make|raise) a (?:fair |good |valid )?point\b`,
    // A reaction drawn out in the spelling, opening the reply: "Nooo, not the streak", "Ohhh no", "Ahhh, that's rubbish".
    String.raw`^\W*(?:no{3,}|oh{3,}|o{2,}h+|ah{3,}|aw{2,}|ugh{2,}|argh{2,}|eek{2,})\b`,
    // A get-well wish meets the illness or injury they told (warm45): "Hope you're feeling better!", "I hope your son is
    // on the mend", "Get well soon", "wishing you a speedy recovery". Review 45: for a person, never a thing of theirs
    // ("I hope your signal gets better soon"), and not "…feel better now that you've read the terms".
    String.raw`\bhope (?:you|he|she|they|(?:your (?:little |baby |new )?)?${KIN})(?:['’]re|['’]s| are| is)?(?: now)? (?:(?:feeling|getting|feels?|gets?) better(?= *(?:$|[^\w\s]|(?:soon|today|quickly|and)\b|now\b(?! *that\b)))|on the mend|recovering (?:well|nicely|ok|okay))\b|\bget well soon\b|\bwish(?:ing)? (?:you|him|her|them) (?:a |all the best for a )?(?:speedy|quick|full|swift|smooth) recovery\b`,
    // Urgency met in words: "On it with you right now", "this is at the top of our queue", "as a priority".
    String.raw`^\W*(?:(?:i['’]m|we['’]re) )?on it\b|\b(?:top|first) of (?:our|the|my) (?:queue|list|pile)\b|\b(?:as|is) (?:a|our|my) (?:top |first )?priority\b`,
  ].join('|'),
  'i',
);

/**
 * Sympathy for the one who went through it, said by name or as a pet word: "Poor Bramble", "poor lad", "Poor little
 * guy", "Bless him". Case matters (a name is capitalised), so "poor quality", "Poor fit" and "poor ventilation" name
 * nothing felt, and a name runs to its end ("poor Wi-Fi" is a signal, not someone).
 */
const NAMED_SYMPATHY =
  /\b[Pp]oor (?:little |old |wee )?(?:[A-Z][a-z]+(?![\w-])|thing|things|soul|guy|lad|lass|girl|boy|fella|mite|pup|puppy|kitty|chap|bub|baby)\b|\b[Bb]less (?:him|her|them|his|their)\b/;

/**
 * Reassurance ("nothing to worry about", "don't panic", "you're fine") answers a worry; said to a customer who is
 * angry or let down it brushes the complaint aside ("Everyone gets this at first, it's nothing to worry about").
 */
const REASSURANCE = new RegExp(
  [
    String.raw`\b(?:don['’]t|do not|no need to|try not to) (?:worry|panic|fret|stress)\b`,
    String.raw`^\W*(?:not (?:a|an|any)|no) (?:problem|issue|bother)(?: at all)?(?=\s*[!—–-])|\bnothing to (?:be )?(?:worried|concerned|fret|panic|worry) about\b|\byou['’]re (?:totally |absolutely |completely |perfectly )?(?:fine|safe|okay|ok)\b|\bnever too late\b`,
  ].join('|'),
  'i',
);
const MOODS_REASSURANCE_MEETS = new Set(['worried', 'confused', 'urgent', 'happy']);

/**
 * Formulas that name nothing the customer went through, so they acknowledge nothing on their own: the apology for
 * the customer's feeling rather than for what happened ("We're sorry you feel that way", "sorry to hear you're
 * experiencing issues"), the hedged "any inconvenience / disappointment caused", the sorry tagged onto a refusal
 * ("Sorry but rules are rules", "nothing I can do on my end sorry"), "We understand your concern", and "Thank you
 * for your patience." or "We appreciate your understanding." standing alone, "We understand how important it is to…".
 * Each is removed before the rest of the sentence is read.
 */
const FORMULAS = new RegExp(
  [
    // "Sorry to hear you are experiencing issues." names nothing; "I am sorry you are having issues with your internet"
    // names the thing that fails them, and meets them as a plain sorry does (beside help, not beside a brush-off: see
    // the check's `standsItsGround`).
    String.raw`\b(?:(?:we|i)(?:['’]re| are| am|['’]m) )?(?:so |very |really |truly )?sorry (?:that |if |to (?:hear|see|learn) (?:that )?)?you(?:['’]re| are)? (?:feel(?:ing)?|felt|think|thought|see (?:it|things)|(?:are )?(?:experiencing|having) (?:some |any )?(?:issues|problems|difficulties|difficulty)(?! ${TROUBLE_WITH_A_THING})|unhappy|dissatisfied|not (?:happy|satisfied))\b[^.!?\n]{0,60}`,
    String.raw`\b(?:(?:we|i)(?:['’]re| are| am|['’]m) )?(?:so |very |really |truly )?(?:sorry|apologi[sz]e|apologies|regret)(?: for| about) any (?:inconvenience|disappointment|frustration|upset|distress|disruption|difficult(?:y|ies)|concern|offen[cs]e|annoyance|issues?|problems?)(?: (?:this|that|it) (?:may have |might have |has )?caused| caused(?: to you)?| (?:this|that) may have caused)?`,
    // Sorry for what the customer went through, in words that name nothing of it: "We're sorry you've had this
    // experience", "sorry to hear you had a problem with the heating", "We're sorry you didn't enjoy your stay", "Sorry
    // if you were upset", "sorry if this caused any offence". A sorry for what happened ("sorry you had to chase it",
    // "sorry you've had two days without water") names it, and counts.
    String.raw`\b(?:(?:we|i)(?:['’]re| are| am|['’]m) )?(?:so |very |really |truly )?sorry (?:that |to (?:hear|see|learn|read) (?:that )?)?you(?:['’]ve| have)? (?:had|experienced|encountered|faced|run into|came across) (?:(?:this|that|such an?|an?|some|any|your|these|those) )?(?:\w+ )?(?:experience|problems?|issues?|difficult(?:y|ies)|troubles?|situation)\b(?: (?:with|on|during|at|in|regarding) (?:the |your |our |this |that )?[\w-]+(?: [\w-]+)?)?`,
    String.raw`\b(?:(?:we|i)(?:['’]re| are| am|['’]m) )?(?:so |very |really |truly )?sorry (?:that |to (?:hear|see|learn|read) (?:that )?)?you (?:didn['’]t|did not|weren['’]t|were not|haven['’]t|have not|don['’]t|do not) (?:\w+ )?(?:enjoy(?:ed)?|like[ds]?|love[ds]?|find|found|feel|felt|get on with|happy|satisfied|pleased|impressed|have (?:a|the) (?:good|great|nice|positive|better))\b[^.!?\n]{0,60}`,
    String.raw`\b(?:(?:we|i)(?:['’]re| are| am|['’]m) )?(?:so |very |really |truly )?(?:sorry|apologi[sz]e|apologies) (?:if|that) (?:you (?:were|are|have been|felt|feel|got|became)(?: \w+)? (?:upset|offended|annoyed|put out|disappointed|frustrated|inconvenienced|unhappy|confused)|(?:this|that|it|our \w+)(?: may| might)?(?: have)? (?:caused|upset|offended|annoyed|inconvenienced|disappointed|frustrated|confused) (?:you|any)\b[^.!?\n]{0,30})`,
    // "We understand your frustration." said by the team: a stock line that names nothing (an "I" saying it in its own
    // words, "I completely understand how frustrating three visits are", still counts).
    String.raw`^\W*(?:(?:hi|hello|dear)\b[^,.!]{0,30},\s*)?we (?:fully |completely |totally |do |can )?understand (?:your (?:frustration|disappointment|concerns?|feelings?|position|situation|annoyance|upset)|how you (?:feel|must feel))[.!]?\s*$`,
    // "Thank you for your patience while we look into this.": thanks for a wait that names nothing the customer went through.
    String.raw`^\W*(?:(?:we|i) (?:would like to |wish to )?)?(?:many )?(?:thanks|thank you) (?:(?:so|very) much )?for (?:your|the) (?:patience|understanding)(?: (?:and|&) (?:patience|understanding))? (?:in this matter|(?:while|as) (?:we|i|our \w+|the \w+) (?:\w+ )?(?:look(?:s|ing)? into|investigat\w*|review\w*|process\w*|deal\w* with|work\w* on|resolv\w*|handl\w*|check\w*) (?:this|it|the matter|your (?:\w+ )?(?:request|query|case|complaint|enquiry|inquiry|claim|account)))[.!]?\s*$`,
    String.raw`\bsorry,? but (?:rules are rules|that['’]s (?:just )?(?:how|the way) it (?:is|works)|it is what it is|that['’]s (?:the|our) (?:policy|rule|process)|there['’]s nothing)\b[^.!?\n]{0,60}`,
    String.raw`\b(?:we|i) (?:fully |completely |totally |do )?understand your concerns?\b`,
    // "I understand." standing alone, before the policy: it says nothing of what they went through (session 37; in dev
    // only cold replies say it bare). "I completely understand how stressful…" still counts.
    String.raw`^\W*(?:(?:i|we) understand|understood)[.!]?\s*$`,
    // The team's stock line about how much a thing matters ("We understand how important it is to have a reliable
    // monitor", "We understand the importance of a working heating system"): it names the product, never the customer.
    String.raw`\bwe (?:fully |completely |totally |do )?understand (?:(?:just )?how important|the importance of)\b[^.!?\n]{0,80}`,
    // "We appreciate your patience." standing alone, the sign-off of a letter that asks for more of it.
    String.raw`^\W*(?:we|i) (?:(?:really|truly|do|greatly) )?appreciate your (?:patience|understanding)(?: (?:and|&) (?:patience|understanding))?(?: (?:in|with|on|regarding) this matter)?[.!]?\s*$`,
    String.raw`^\W*(?:(?:hi|hello|hey|dear)\b[^,.!]{0,30},\s*)?(?:(?:we|i) (?:would like to |wish to )?)?(?:many )?(?:thanks|thank you) (?:(?:so|very) much )?for (?:your|the) (?:patience|understanding)(?: (?:and|&) (?:patience|understanding))?[.!]?\s*$`,
  ].join('|'),
  'gi',
);
/** A sorry tagged on after a refusal: "Nothing we can really do over the weekend sorry.", "theres nothing i can do, sorry". */
const REFUSAL_THEN_SORRY = /\b(?:(?:nothing|not (?:much|a lot|a great deal))(?: (?:more|else|further))? (?:\w+ ){0,3}(?:i|we) (?:\w+ )?(?:can|could) do|can['’]?t (?:\w+ ){0,4}|cannot (?:\w+ ){0,4}|(?:i|we)(?:['’]m| am|['’]re| are) (?:not able|unable))[^.!?\n]{0,80}\bsorry\W*$/i;

/**
 * A sorry drawn out or cut short in chat and social spelling ("ahh sorryyy 😭", "soooo sorry", "soz", "sry") is the
 * same sorry: read as "sorry", so it acknowledges where "sorry" does and is a formula where "sorry" is ("soz but rules
 * are rules").
 */
const SPELT_SORRY = /\b(?:s+o+r+y+|soz+|sry)\b/gi;
const spelledOut = (sentence: string) => sentence.replace(SPELT_SORRY, 'sorry');

/** The sentence with its formulas taken out, or null when it holds none. */
export function withoutFormulas(said: string): string | null {
  const sentence = spelledOut(said);
  if (REFUSAL_THEN_SORRY.test(sentence)) return sentence.replace(/\bsorry\W*$/i, '');
  const rest = sentence.replace(FORMULAS, ' ');
  return rest === sentence ? null : rest;
}

/**
 * True when the sentence meets the customer's feelings. With the customer's moods known, reassurance counts only for
 * a worry, a rush or a confusion; a formula counts for nothing, only what the sentence says besides it.
 */
export function acknowledgesFeelings(said: string, moods?: readonly string[]): boolean {
  const sentence = spelledOut(said);
  const unformulaic = withoutFormulas(sentence) ?? sentence;
  const rest = moods && !moods.some((m) => MOODS_FEAR_ANSWERED_MEETS.has(m)) ? unformulaic.replace(FEAR_ANSWERED, ' ') : unformulaic;
  if (moods && !moods.some((m) => MOODS_REASSURANCE_MEETS.has(m))) {
    const unreassured = rest.replace(REASSURANCE, ' ');
    if (unreassured !== rest) return ACKNOWLEDGES.test(unreassured) || NAMED_SYMPATHY.test(unreassured);
  }
  return ACKNOWLEDGES.test(rest) || NAMED_SYMPATHY.test(rest);
}
