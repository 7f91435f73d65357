/**
 * Review threat: the writer threatens to post, keep, spread or worsen a review. With a demand: blackmail.
 * A positive promise in the same sentence ("I'll post a glowing review") cancels it (cues.ts).
 */
import type { RuleFamily } from '../types';

const WILL = "(?:(?:i|we)(?:'ll|'m going to|'re going to|'m gonna| will| am going to| are going to| shall| would| am gonna| have no choice but to| will have to|'ll have to| will be forced to| will have no (?:choice|alternative) but to)|ill|im (?:going to|gonna))";
const ADVERB = '(?: (?:definitely|surely|certainly|then|also|just|immediately|gladly|happily|now|be sure to|make sure to))?';
const NEGATIVE_REVIEW =
  "(?:bad|negative|terrible|scathing|honest|damning|brutal|awful|horrible|lousy|detailed|one[- ]star|1[- ]star|zero[- ]star|0[- ]star|low|poor|angry|truthful) (?:review|reviews|rating|ratings|feedback|comment|comments)";
const PLATFORM = '(?:tripadvisor|trip advisor|google|yelp|booking(?:\\.com)?|facebook|instagram|tiktok|twitter|trustpilot|expedia|reddit|social media|the internet|online|every (?:site|platform|review site))';

const family: RuleFamily = {
  lang: 'en',
  family: 'review-threat',
  rules: [
    {
      id: 'en.review_threat.negative_review',
      signal: 'review_threat',
      pattern: `\\b${WILL}${ADVERB} (?:post|write|leave|put|publish|give|share|submit|file)(?: you| this place| the hotel| the restaurant)? (?:a |an |my |the |some |many |several )?(?:very |really |extremely )?(?:[a-z]+ )?${NEGATIVE_REVIEW}`,
      weight: 0.9,
      negatable: true,
      examples: ["I'll post a bad review", 'We will leave a one-star review', 'I am going to write a scathing review', 'I will have to leave a negative rating', 'I will leave a detailed one-star review'],
      counterExamples: ["I'll post a glowing review everywhere", 'I would recommend this place'],
    },
    {
      id: 'en.review_threat.any_review',
      signal: 'review_threat',
      pattern: `\\b${WILL}${ADVERB} (?:post|write|leave|put|publish|share|submit) (?:a|my|our|the|this)(?: [a-z]+)? (?:review|rating)\\b`,
      weight: 0.55,
      negatable: true,
      examples: ['I will write a review', "we'll post our review"],
      counterExamples: ['I will write a wonderful review', 'I read a review', 'we will post a glowing review'],
      note: 'neutral on its own; with a demand in the same message it makes blackmail',
    },
    {
      id: 'en.review_threat.on_platform',
      signal: 'review_threat',
      pattern: `\\b${WILL}${ADVERB} (?:post|write|share|put|publish|expose|report|tell|make [^.!?]{0,20}?known)\\b[^.!?]{0,30}? on ${PLATFORM}`,
      weight: 0.75,
      negatable: true,
      examples: ['I will post this on TripAdvisor', "We'll share everything on social media", 'I will expose you on Google', 'I will have no alternative but to make my experience known on every platform'],
      counterExamples: ['I found you on Google', 'I will share five stars on Google: glowing review'],
    },
    {
      id: 'en.review_threat.or_else',
      signal: 'review_threat',
      pattern: `\\b(?:or(?: else)?|otherwise|if not|unless (?:you|she|he|they|the \\w+)[^.!?]{0,30}?),? (?:(?:${WILL}|(?:i|we|i'm|im|we're)(?= (?:post|write|leave|give|publish|share|tell|put|go|posting|writing|sharing|putting|telling|uploading)\\b))\\b[^.!?]{0,40}?\\b(?:review|reviews|rating|stars?|experience|story|photos?|pictures?|${PLATFORM})\\b|(?:then )?(?:(?:it's|it is|it will be|it'll be|you get|you'll get|you will get) )?(?:a |one |1 |zero |0 |two |2 )?(?:one|1|zero|0|two|2)?[- ]?stars?\\b|(?:she|he|they|my (?:cousin|friend|wife|husband|brother|sister|colleague|partner))(?:'ll| will|'s| is| won't| will not| isn't| is not)\\b[^.!?]{0,30}?\\b(?:kind|nice|write|post|review|say|tell|publish|share)\\b|(?:the )?(?:whole )?(?:internet|world|everyone|everybody|my followers|all my followers|tripadvisor|google|social media) (?:will )?(?:hears?|knows?|finds? out|reads?|sees?|learns?)\\b|(?:it|the review|my review|the post) (?:stays|goes (?:up|online|live)|will stay|will go (?:up|online|live)))`,
      weight: 0.95,
      examples: ['Refund me or I will post a review', 'otherwise we will tell everyone on TripAdvisor', 'unless you pay, I will leave one star', "otherwise it's one star", 'unless she refunded the minibar I would post a terrible review', 'or the whole internet hears about your dirty rooms', 'Otherwise it stays and I add the photos', "If not, I'll simply share my honest experience", 'or im putting every photo on facebook', 'If not, 1 star and a long story', "otherwise she won't be kind", 'R E F U N D   M E   O R   I   P O S T   A   B A D   R E V I E W'],
      counterExamples: ['or we will come back next year'],
    },
    {
      id: 'en.review_threat.everyone_will_know',
      signal: 'review_threat',
      pattern: `\\b${WILL}${ADVERB} (?:make sure|tell|let|warn|inform) (?:that )?(?:everyone|everybody|the world|the whole world|all my followers|all my friends|the public|every traveller|every traveler)(?: knows?| about| how| what)?\\b`,
      weight: 0.65,
      negatable: true,
      examples: ['I will make sure everyone knows', "We'll tell everybody about this"],
      counterExamples: ['I told everyone at home'],
    },
    {
      id: 'en.review_threat.drafted',
      signal: 'review_threat',
      pattern: `\\b(?:i|we)(?:'ve| have)? (?:already )?(?:drafted|written|wrote|prepared|typed up|got) (?:my|our|a|the) (?:tripadvisor |google |yelp |booking |detailed |full |honest )?(?:review|post|complaint for tripadvisor)\\b[^.!?]{0,40}?\\b(?:ready|already|waiting|not (?:yet )?(?:posted|published))|\\b(?:i|we)(?:'ve| have) (?:already )?(?:drafted|prepared) (?:my|our|a|the) (?:tripadvisor |google |yelp |booking |detailed |full |honest )?review\\b|\\breview\\b[^.!?]{0,20}?\\bin (?:my|our) drafts\\b|\\bnot (?:yet )?(?:written|posted) (?:anything|my review|it)(?: online)? yet\\b|\\b(?:held|holding) off (?:on )?(?:posting|writing)\\b|\\b(?:you know|imagine|think about) (?:how much|what) (?:a |one )?(?:bad |negative |one[- ]star |1[- ]star )?(?:reviews?|ratings?) (?:can |could |would )?(?:matter|cost|hurt|do|damage)\\b`,
      weight: 0.7,
      examples: ['I have drafted my TripAdvisor review already', "we've written our review, it is ready", 'a 1-star review sitting in my drafts', 'I have not written anything yet', 'I have held off on posting anything', 'You know how much a bad review can hurt', 'imagine what a one-star review would do to your business'],
      counterExamples: ['I have read your reviews', 'reviews matter to us'],
    },
    {
      id: 'en.review_threat.review_mention',
      signal: 'review_threat',
      pattern: "\\b(?:(?:my|our|a|the|this|that) (?:[a-z]+ )?(?:review|rating)|reviewer|(?:one|1|two|2|zero|0)[- ]star (?:review|rating)|(?:tripadvisor|yelp|trustpilot)|write about (?:this|it|you|the hotel|the restaurant)|write-?up|public account|(?:read|hears?) about|(?:complain\\w*|post\\w*) online)\\b",
      weight: 0.4,
      negatable: true,
      examples: ["I'll forget about the review I was writing", 'I am an active reviewer on Google', 'nobody has to read about last night'],
      counterExamples: ['we read no review before booking'],
      note: 'a review merely named: only an advantage AND a condition close by make it count (engine: soft tie)',
    },
    {
      id: 'en.review_threat.keep_review',
      signal: 'review_threat',
      pattern: `\\b(?:the|my|this|our) (?:1|one|single|0|zero)[- ]star (?:review|rating) (?:stays|will stay|remains|is staying|will remain)\\b|\\b(?:my|our|the) (?:review|rating|post) (?:goes|will go|will be) (?:live|up|online|public|posted|published)\\b|\\b(?:this|it|my (?:review|rating)) (?:stays|remains) at (?:one|1|two|2|zero|0)\\b|\\b(?:you're|you are|ur|youre) getting (?:a |an )?(?:(?:1|one|zero|0)[- ]?stars?|bad review)\\b|\\badding (?:a |another )?(?:new )?(?:photo|picture)s? to (?:this|my) review\\b|\\b(?:my|our) (?:\\d+k? )?(?:followers|readers|subscribers|audience|viewers|fans) (?:will|are going to|shall|would) (?:hear|know|learn|read|see|find out)\\b`,
      weight: 0.8,
      examples: ['the one-star review stays', 'My 1 star rating will remain', 'my review goes live', 'Until I do, this stays at one star', 'ur getting a 1 star on every site', "I'm adding a new photo to this review", 'otherwise my followers will hear how you treat guests', 'our readers will know'],
      counterExamples: ['the one-star review was unfair', 'my followers loved the photos'],
    },
    {
      id: 'en.review_threat.hate_to_write',
      signal: 'review_threat',
      pattern: `\\b(?:i|we)(?:'d| would) (?:hate|not want|not like|prefer not) to (?:have to )?(?:write|post|describe|share|leave|put|tell)\\b[^.!?]{0,40}?\\b(?:online|review|rating|internet|tripadvisor|google|publicly|in public|everyone)\\b|\\b(?:shame|pity) (?:if (?:they|everyone|people|others|(?:all )?(?:my|our) \\w+)(?: all)? (?:heard|knew|found out|read|saw)|to (?:lose|spoil|ruin) (?:it|that|your|this))\\b|\\byou'?d rather (?:they|people|readers|others|guests)\\b[^.!?]{0,15}?\\b(?:read|hear|see)\\b|\\b(?:i|we)(?:'d| would) (?:hate for|not want|not like) (?:my|our|people|everyone|others|other guests|readers|anyone)\\b[^.!?]{0,30}?\\bto (?:get|hear|read|see|think)\\b|\\breviews? (?:are|stay) (?:online )?forever\\b|\\b(?:i've got|i have|we have) accounts on (?:all|every|both)\\b|\\b(?:go|going) public\\b|\\bkeep (?:this|it) (?:between us|private|offline)\\b|\\b${WILL}${ADVERB} (?:destroy|ruin|wreck|trash|tank|kill|damage|tarnish) (?:your|the hotel's|the restaurant's|this place's|their) (?:reputation|rating|ratings|business|name|stars)\\b`,
      weight: 0.85,
      examples: ['I would hate to have to describe this stay online', "We'd hate to post a review like that", 'a shame if they all heard about it', 'a pity to lose it', "you'd rather they read about your terrace", "I'd hate for my followers to get the wrong idea", 'I would not want other guests to read about it', 'reviews are forever', "I've got accounts on all of them", 'keep this between us rather than going public', 'I will destroy your reputation', "We'll ruin your rating"],
      counterExamples: ['I would hate to miss breakfast', 'the noise ruined our night'],
    },
    {
      id: 'en.review_threat.before_posting',
      signal: 'review_threat',
      pattern: "\\b(?:before|prior to) (?:i|we) (?:post|write|publish|submit|put up|share|tell)\\b[^.!?]{0,50}?\\b(?:review|rating|experience|story|impressions?|thoughts|world|online|google|tripadvisor|facebook|yelp)\\b|\\b(?:giving|give) you (?:a|one last|the) (?:chance|opportunity) (?:before|to)\\b[^.!?]{0,40}?\\b(?:review|rating|tripadvisor|google)",
      weight: 0.6,
      examples: ['before I post my review, I wanted to give you a chance', 'before I share my experience on Google', 'Before I share my impressions with the world', 'I am giving you one last chance to fix this before it goes on TripAdvisor'],
      counterExamples: ['before we arrived'],
    },
  ],
};

export default family;
