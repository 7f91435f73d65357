/**
 * Violence threats, stalking and doxxing aimed at staff or owners (abuse). Hyperbole about things
 * ("the heat was killing us", "I could kill for that dessert") does not count.
 */
import type { RuleFamily } from '../types';

const WILL = "(?:i|we)(?:'ll|'m going to|'re going to|'m gonna| will| am going to| are going to| am gonna| gonna|'d love to| want to| should)";
const TARGET = "(?:you|him|her|them|(?:his|her|their) (?:face|head|teeth|car|family)|your (?:face|head|teeth|car|family|kids|staff|wife|husband)|the (?:owner|manager|chef|waiter|receptionist|staff|bitch|bastard|idiot)|that (?:waiter|receptionist|manager|bitch|bastard|idiot))";

const family: RuleFamily = {
  lang: 'en',
  family: 'violence-threat',
  rules: [
    {
      id: 'en.violence_threat.will_hurt',
      signal: 'violence_threat',
      pattern: `\\b${WILL}(?: (?:come back and|find and|personally|fucking))? (?:kill|hurt|beat|beat up|punch|stab|shoot|smash|slap|strangle|break|bash|knock out|deal with) ${TARGET}\\b`,
      weight: 0.95,
      examples: ['I will kill you', "I'm going to punch the manager", 'we will come back and deal with you', "I'm going to smash his face in"],
      counterExamples: ['I could kill for that dessert', 'the heat was killing us'],
    },
    {
      id: 'en.violence_threat.burn_place',
      signal: 'violence_threat',
      pattern: '\\b(?:burn|blow up|torch|bomb|trash|wreck)(?: down)? (?:the|this|your) (?:place|hotel|restaurant|building|shop|bar|car)(?: down)?\\b[^.!?]{0,20}?\\b(?:i|we|someone|somebody) (?:will|should|might|could|would)|\\b(?:i|we|someone|somebody) (?:will|should|is going to|are going to|might|could) (?:burn|blow up|torch|bomb) (?:down )?(?:the|this|your) (?:place|hotel|restaurant|building|car)\\b',
      weight: 0.9,
      examples: ['someone should burn this place down', 'I will torch your restaurant'],
      counterExamples: ['the toast was burnt'],
    },
    {
      id: 'en.violence_threat.know_where',
      signal: 'violence_threat',
      pattern: '\\b(?:i|we) know (?:your|his|her|their) (?:address|home address|house|kids|children|school)\\b|\\b(?:i|we) know (?:which|what) car (?:you|he|she|they) drives?\\b|\\b(?:i|we) know where (?:you|he|she|they|the owner|the manager|your (?:family|kids|wife|husband)) (?:live|lives|park|parks|sleep|sleeps|go|goes)\\b|\\b(?:i|we)(?:\'ll| will) (?:find|track down|hunt down|come for|come after|wait for) (?:you|him|her|them|the owner|the manager)\\b',
      weight: 0.95,
      examples: ['I know where you live', "We'll find you", 'i will wait for the manager', 'I know your address and I know which car you drive'],
      counterExamples: ['we know where the beach is'],
    },
    {
      id: 'en.violence_threat.watch_back',
      signal: 'violence_threat',
      pattern: "\\b(?:watch|mind) your back\\b|\\b(?:you|he|she|they)(?:'d| had) better (?:watch out|be careful|sleep with one eye open|not be (?:there|around|here|on shift)|stay out of my way|hide)\\b|\\byou(?:'ll| will) (?:regret|pay for) (?:this|it|what you did)\\b|\\bthis (?:isn't|is not|ain't) over\\b",
      weight: 0.7,
      examples: ['Watch your back', "you'll regret this", 'this is not over', "he'd better not be around"],
      counterExamples: ['we will regret leaving so soon'],
    },
    {
      id: 'en.violence_threat.wish_harm',
      signal: 'violence_threat',
      pattern: '\\b(?:deserves?|ought|need|needs) to (?:die|be shot|be beaten|burn|be hanged|be killed|be punched)\\b|\\b(?:someone|somebody) (?:should|needs to|ought to) (?:slap|punch|smack|hit|beat|kick)\\b|\\b(?:should be|should get) (?:shot|killed|beaten|hanged|punched)\\b|\\bhope (?:you|he|she|they|the owner|the manager|your family) (?:die|dies|gets? cancer|burns?|rots?|suffers?)\\b|\\bdeserves? (?:a|a good) (?:slap|punch|beating|kicking|smack)\\b',
      weight: 0.9,
      examples: ['The owner deserves to be shot', 'I hope you die', 'hope the manager gets cancer', 'The head waiter deserves a slap', 'someone should slap that smirk off her face'],
      counterExamples: ['we hope you enjoy your stay'],
    },
    {
      id: 'en.violence_threat.doxxing',
      signal: 'violence_threat',
      pattern: "\\b(?:his|her|your|the owner's|the manager's|their) (?:home address|address|home|private number|personal number|phone number|mobile number) is\\b|\\b(?:i|we)(?:'ll| will| am going to) (?:post|publish|share|leak) (?:his|her|your|the owner's|the manager's|their) (?:home address|address|phone number|number|photos?|details|personal details)\\b",
      weight: 0.9,
      examples: ["The manager's home address is", 'I will post her phone number'],
      counterExamples: ['please call the front desk number'],
    },
    // structures (word classes, not phrasings): intent + harm verb + a person or a body part; a safety "warning" to a
    // staff member; where someone lives; publishing a person's details
    {
      id: 'en.violence_threat.harm_structure',
      signal: 'violence_threat',
      pattern: "\\b(?:i|we)(?:'ll|'m going to|'re going to|'m gonna| will| am going to| are going to| gonna| shall)(?: [a-z]+){0,2} (?:kill|hurt|beat|beat up|punch|stab|shoot|smash|slap|strangle|choke|break|bash|kick|batter|smack|headbutt|deck|thump|knock out|rearrange|snap|cut|glass) (?:(?:his|her|their|your|that [a-z]+'s|the [a-z]+'s) (?:[a-z]+ )?(?:face|head|jaw|nose|teeth|legs?|arms?|neck|skull|ribs|fingers|kneecaps|hands?|throat)|him|her|them|you|(?:that|the|your) (?:doorman|bouncer|chef|cook|waiter|waitress|receptionist|manager|owner|host|barman|bartender|porter|concierge|cleaner|guard|security guy))\\b",
      weight: 0.9,
      examples: ["if that porter shows his face again I'll snap his fingers", 'we are going to beat up the bouncer', "I'm gonna smash your waiter's face"],
      counterExamples: ["I'll break the news gently", 'we will beat the traffic next time', "I'll kill for another slice"],
    },
    {
      id: 'en.violence_threat.safety_warning',
      signal: 'violence_threat',
      pattern: "\\b(?:tell|warn|remind) (?:your|the|that) (?:[a-z]+ )?(?:doorman|bouncer|chef|cook|waiter|waitress|receptionist|manager|owner|host|barman|bartender|porter|concierge|cleaner|staff|girl|guy|boy)\\b[^.!?]{0,40}\\b(?:not|never|better|careful|watch)\\b[^.!?]{0,50}\\b(?:alone|by (?:him|her)self|in the dark|on (?:his|her|their) way home|(?:his|her|their) back)\\b",
      weight: 0.8,
      examples: ['Tell the barman he had better not take the night bus by himself', 'warn that waitress to be careful on her way home'],
      counterExamples: ['tell the receptionist you are travelling alone, they will give you a quiet room', 'the owner told us the street is safe at night'],
    },
    {
      id: 'en.violence_threat.where_lives',
      signal: 'violence_threat',
      pattern: "\\b(?:i|we) know (?:which|what) (?:[a-z]+ ){1,2}(?:you|he|she|they) (?:live|lives|park|parks|drive|drives)\\b|\\b(?:i|we)(?:'ll|'m going to|'re going to| will| am going to)(?: be)? (?:post|posting|publish|publishing|share|sharing|leak|leaking|put|putting|spread|spreading) (?:his|her|their|your|the (?:owner|manager|receptionist|chef|waiter|waitress)'s)(?: home| private| personal)? (?:address|phone number|number|details|whereabouts|photos?)\\b",
      weight: 0.9,
      examples: ['we know what street he lives in', "I'm going to publish his phone number tonight", 'we will share the manager\'s home address'],
      counterExamples: ['I know which bus goes to the beach', "I'll be posting my photos of the view"],
    },
  ],
};

export default family;
