/**
 * English reply templates. Aspect phrases carry their article ("the noise", "our breakfast"); wordings
 * place them after a preposition or as an object and never make a verb agree with them.
 */
import type { LanguageTemplates } from './types';

export const en: LanguageTemplates = {
  lang: 'en',
  and: ' and ',
  visit: { hotel: 'your stay', restaurant: 'your meal', unknown: 'your visit' },
  team: { withEstablishment: 'The team at {establishment}', alone: 'The team' },
  aspects: {
    cleanliness: { positive: ['the cleanliness', 'the care our housekeeping team takes'], negative: ['the cleanliness', 'the standard of cleaning'] },
    noise: { positive: ['the peace and quiet', 'how quiet it was'], negative: ['the noise', 'the noise levels'] },
    staff: { positive: ['our team', 'the welcome from our team'], negative: ['the attitude of our team', 'the welcome you received'] },
    breakfast: { positive: ['our breakfast', 'the breakfast'], negative: ['breakfast', 'the breakfast'] },
    food: { positive: ['our cooking', "our chef's dishes"], negative: ['the food', 'the dishes you were served'] },
    room: { positive: ['your room', 'the comfort of your room'], negative: ['your room', 'the condition of the room'] },
    bed: { positive: ['the bed', 'the comfort of the bed'], negative: ['the bed', 'the comfort of the bed'] },
    bathroom: { positive: ['the bathroom'], negative: ['the bathroom', 'the condition of the bathroom'] },
    climate: { positive: ['the air conditioning', 'the temperature indoors'], negative: ['the temperature', 'the heating and air conditioning'] },
    wifi: { positive: ['the wifi'], negative: ['the wifi', 'the internet connection'] },
    location: { positive: ['our location', 'where we are located'], negative: ['the location', 'our location'] },
    price: { positive: ['the value for money', 'our prices'], negative: ['the value for money', 'our prices'] },
    check_in: { positive: ['the welcome on arrival', 'your check-in'], negative: ['your arrival', 'the check-in'] },
    parking: { positive: ['the parking'], negative: ['parking', 'the parking'] },
    pool: { positive: ['the pool'], negative: ['the pool', 'the pool area'] },
    view: { positive: ['the view', 'the views'], negative: ['the view'] },
    service: { positive: ['our service', 'the service'], negative: ['the service', 'the quality of service'] },
    wait: { positive: ['how quickly you were served'], negative: ['the wait', 'the waiting times'] },
    drinks: { positive: ['our drinks', 'the drinks list'], negative: ['the drinks'] },
    spa: { positive: ['our spa', 'the wellness area'], negative: ['the spa', 'the wellness area'] },
  },
  allegations: {
    fraud_accusation: 'the billing',
    theft_accusation: 'your belongings',
    health_hazard: 'hygiene',
    discrimination: 'equal treatment of every guest',
  },
  shared: {
    greeting: {
      warm: ['Hello {name},', 'Dear {name},', 'Hi {name},'],
      formal: ['Dear {name},', 'Good day {name},'],
    },
    greetingNeutral: {
      warm: ['Hello,', 'Dear guest,'],
      formal: ['Dear guest,', 'Good day,'],
    },
    signOff: {
      warm: ['Warm regards,', 'Best wishes,', 'Kind regards,', 'All the best,'],
      formal: ['Yours sincerely,', 'Kind regards,', 'Sincerely,', 'With our best regards,'],
    },
    thanksFeedback: {
      warm: [
        'Thank you for taking the time to [write to us|share your thoughts|tell us about it] after {visit}.',
        'Thank you for [such a detailed|this detailed|your detailed] review; we have read it [carefully|with care|closely].',
        '[Thank you|Many thanks|Thanks] for sharing your [experience|impressions|honest impressions] with us.',
        'Thanks for letting us know how you felt; [this kind of feedback|feedback like yours|honest feedback] [matters to|means a lot to|is important to] the whole team.',
        'Thank you for taking the trouble to review {establishment}.',
        'Thank you for putting your experience into words [for us|so clearly|and sharing it].',
        'We have [received|read] your [message|review], and thank you for [writing it|taking the time].',
        'Thank you for [these lines|your message|these few lines]: every review [counts for us|matters to us|helps us].',
        'We [appreciate|value] the time you took to [write this review|tell us about {visit}].',
      ],
      formal: [
        'Thank you for taking the time to share your [experience|impressions|observations] with us.',
        'We thank you for your review, which we have read with [great|the greatest|careful] attention.',
        'We are grateful that you shared your [opinion|impressions|comments] following {visit}.',
        'We have received your [comments|observations|remarks] and thank you for [sending them|sharing them|your time].',
        'Thank you for taking a few minutes to review {establishment}.',
        'We acknowledge receipt of your [comments|remarks|observations] and thank you [for them|sincerely|for sharing them].',
        'We thank you for the time you [devoted to|took to write|spent on] this review.',
      ],
    },
    praise: {
      warm: [
        'We are [delighted|so pleased|thrilled] that you [enjoyed|liked|appreciated] {praised}.',
        'The whole team will be [happy|delighted|glad] to read your [kind words|compliments|lovely comments] about {praised}.',
        'Your [compliments|kind words] about {praised} [made our day|really made our day|put a smile on our faces].',
        'It is [lovely|wonderful|so nice] to know that you liked {praised}.',
        'Knowing that {praised} left you with a [good|happy|lasting] memory means a [great deal|lot] to us.',
        'We [are delighted to pass|will gladly pass|have happily passed] on your words about {praised} to [the team|the people concerned|the people behind it].',
      ],
      formal: [
        'We are [pleased|very pleased|glad] that you appreciated {praised}.',
        'Your kind remarks about {praised} will be passed on to [the team|our team|the staff concerned].',
        'We note with [pleasure|great pleasure|satisfaction] your appreciation of {praised}.',
        'We are [grateful|most grateful|thankful] for your compliments regarding {praised}.',
        "Your appreciation of {praised} will be shared with all our staff.",
        "We are honoured by your favourable opinion of {praised}.",
      ],
    },
    private: {
      warm: [
        'If you would like, write to us at {contact} and we can talk it through [in more detail|together|properly].',
        'Please feel free to [contact us|write to us] directly at {contact} so we can go over [everything|it all|the details] together.',
        'We would be [glad|happy|pleased] to discuss this with you: you can reach us at {contact}.',
        'The easiest way to continue [is directly|this conversation is directly], at {contact}.',
        '[Do not hesitate|Please do not hesitate] to write to us at {contact} if you would like to talk [about it|it over].',
      ],
      formal: [
        'We invite you to contact us directly at {contact} to discuss this in more detail.',
        'For any further details, our management can be reached at {contact}.',
        'We remain at your disposal at {contact} to go through these points with you.',
        'Please do write to us at {contact}; we will answer you personally.',
      ],
    },
    privateGeneric: {
      warm: [
        'If you would like, please [contact us directly|get in touch with us directly|write to us directly] and we can talk it through [in more detail|together|properly].',
        'Please feel free to [get in touch with us|contact us|write to us] directly so we can go over [everything|it all|the details] together.',
        'We would be [glad|happy|pleased] to discuss this with you [privately|directly|one to one].',
        'The easiest way to continue [is directly|this conversation is directly|is to contact us]; our [door is always open|team is always available].',
        '[Do not hesitate|Please do not hesitate] to contact us directly if you would like to talk [about it|it over].',
        '[Our team|The whole team] remains available [to talk it over|to discuss it with you] directly.',
      ],
      formal: [
        'We invite you to contact our management directly to discuss this in more detail.',
        'We remain at your disposal, privately, to go through these points with you.',
        'For any further details, please contact us directly; we will answer you personally.',
        'We would prefer to continue this conversation directly and invite you to contact us.',
      ],
    },
    closingWelcome: {
      warm: [
        'We hope to have the pleasure of welcoming you [again|back|again soon].',
        'We look forward to seeing you [again soon|again|on your next visit].',
        'It would be a pleasure to welcome you back to {establishment}.',
        'We [hope|would love] to see you again before long.',
        '[Hoping|We hope] to see you [again soon|back soon|again one day].',
        'We would be [delighted|happy|thrilled] to see you again whenever you [like|wish|are next in the area].',
        'Do come back and see us [whenever the mood takes you|whenever you can|next time you are in the area]!',
        'Our door is always open, and we [hope|would love] to welcome you [again|back] [soon|one day].',
      ],
      formal: [
        'We would be [pleased|delighted|honoured] to welcome you again.',
        'We hope to have the opportunity to welcome you to {establishment} again.',
        'We sincerely hope to have the opportunity to receive you again.',
        'We look forward to welcoming you [on a future visit|again|on another occasion].',
        "It will be a pleasure to welcome you on a future occasion.",
        "We remain at your disposal for your next visit.",
      ],
    },
    closingNeutral: {
      warm: [
        '[Thank you|Thanks] again for writing to us.',
        'Thanks once more for your [message|words|time].',
        'We wish you all the best[| for the future].',
        'Have a [lovely|good|pleasant] day.',
        'Enjoy the rest of your [day|week].',
        'We wish you a [pleasant|good] [day|week].',
        'Thanks again for your [feedback|message|time].',
        'Take [good |]care[| of yourself].',
        'Thank you for your [attention|understanding].',
      ],
      formal: [
        'Thank you for your [understanding|attention].',
        'Thank you once again for your [message|comments].',
        'We wish you all the best[| for the future].',
        'With our thanks for your patience.',
        'With our [best|very best] wishes.',
        "Thank you for the attention given to this reply.",
        'Please accept the assurance of our [consideration|highest consideration].',
      ],
    },
  },
  strategies: {
    thank: {
      // the praise slot when no aspect was found: glad they enjoyed the visit, without naming anything
      praiseGeneric: {
        warm: [
          'We are [so glad|delighted|thrilled] that you enjoyed {visit}.',
          '[Knowing|Hearing] that you enjoyed {visit} means [a lot|a great deal] to the whole team.',
          'Nothing makes us happier than guests who [leave|go home] [happy|satisfied|delighted].',
          'Your satisfaction is [what we work for every day|our best reward|what keeps the whole team going].',
        ],
        formal: [
          'We are [pleased|delighted|very pleased] that {visit} [met|lived up to] your expectations.',
          'Your satisfaction is [our finest reward|the best reward for our team|what our team strives for every day].',
          'We are [glad|honoured] that you [appreciated|enjoyed] {visit}.',
          'Nothing is more [gratifying|rewarding] for our team than a [satisfied|contented] guest.',
        ],
      },
      thanksPraise: {
        warm: [
          'A huge thank you for this [lovely|wonderful|generous] review; it has [made the whole team smile|brightened the whole team’s day|delighted the whole team].',
          'Thank you [so much|very much|warmly] for taking the time to share such a [positive|glowing|kind] account of {visit}.',
          'What a pleasure to read your [message|review|kind words]! Thank you from [all of us|the whole team|everyone here].',
          'Many thanks for these [warm|kind|generous] words after {visit}.',
          'Your review [truly|really] made our day, so thank you for taking the time[| to write it].',
          'Thank you for this [lovely|heart-warming|wonderful] feedback, which came at just the right moment for [the team|all of us].',
          'Reading a review like yours is the best reward [there is|we could ask for]: thank you!',
          'Thank you from the bottom of our hearts for sharing such a [happy|lovely|fond] memory of {visit}.',
        ],
        formal: [
          'We sincerely thank you for your [excellent|very kind|generous] review.',
          'Thank you for taking the time to share such a positive opinion following {visit}.',
          'We read your [comments|review|kind words] with great pleasure and thank you [for them|warmly|sincerely].',
          'Your appreciation honours us, and we thank you warmly.',
          'We thank you [warmly|sincerely] for this [very positive|excellent|generous] feedback.',
          "It is with great satisfaction that we read your review.",
          "Thank you for taking the trouble to share your appreciation of {visit}.",
        ],
      },
      reservation: {
        warm: [
          'We have also noted your remark about {concerns} and passed it on to the team.',
          'Thank you as well for your comment about {concerns}: it has been shared with the people concerned.',
          'Your small reservation about {concerns} is duly noted and has been shared with the team.',
          'And thank you for being candid about {concerns}: we have talked it over as a team.',
        ],
        formal: [
          'We have also taken note of your remark concerning {concerns}, which has been passed on to the department concerned.',
          'Your observation about {concerns} has been shared with the team concerned.',
          'We have also noted your comment regarding {concerns}.',
          'Your remark about {concerns} has likewise received our attention.',
        ],
      },
    },
    acknowledge_and_fix: {
      acknowledge: {
        warm: [
          'We have read what you say about {concerns}, and we [understand|fully understand|can understand] your disappointment.',
          'Your [remarks|comments] about {concerns} struck a chord with us, and we take them [very seriously|to heart].',
          'What you describe regarding {concerns} is not what we want to offer [our guests|anyone who visits us].',
          'Your feedback about {concerns} is [valuable|precious|useful] to us, even if it is not pleasant to read.',
        ],
        formal: [
          'We have taken note of your remarks concerning {concerns} and understand your dissatisfaction.',
          'Your observations about {concerns} have our full attention.',
          'What you report regarding {concerns} falls short of the standard we aim to provide.',
          'We take your comments about {concerns} very seriously.',
        ],
      },
      acknowledgeGeneric: {
        warm: [
          'We understand your disappointment after reading your message.',
          'Your remarks struck a chord with us, and we take them very seriously.',
          'What you describe is not what we want to offer our guests.',
          'Your feedback is not pleasant to read, but it is valuable to us.',
        ],
        formal: [
          'We have taken note of your remarks and understand your dissatisfaction.',
          'Your observations have our full attention.',
          'What you report falls short of the standard we aim to provide.',
          'We take every point you raise very seriously.',
        ],
      },
      apology: {
        warm: [
          'We are [truly|really|very] sorry that {visit} did not live up to your expectations.',
          'Please accept our [apologies|sincere apologies] for this disappointment.',
          'We apologise for the inconvenience[| this caused you].',
          'We [really|deeply] regret that you left with this impression.',
        ],
        formal: [
          'Please accept our sincere apologies for this disappointment.',
          'We sincerely regret that {visit} did not meet your expectations.',
          'We apologise for the inconvenience you experienced.',
          'We are sorry that your experience fell short of our standards.',
        ],
      },
      action: {
        warm: [
          'We have passed your comments on to the [team concerned|relevant team|people concerned] so that they can be looked at in detail.',
          'Your feedback has been shared with the [team|whole team] so that we can learn from it.',
          'We have [talked it over|discussed it] with the people concerned to see what can be improved.',
          'Your message has been shared internally and will help us [do better|improve].',
        ],
        formal: [
          'Your remarks have been forwarded to the departments concerned for review.',
          'We have shared your feedback with the team concerned in order to draw the necessary lessons.',
          'These points will be reviewed carefully with the teams concerned.',
          'Your message has been passed on internally so that possible improvements can be identified.',
        ],
      },
    },
    investigate_then_reply: {
      acknowledge: {
        warm: [
          'What you report about {concerns} is serious, and we are treating it [as such|accordingly].',
          'We take what you describe about {concerns} [very seriously|extremely seriously].',
          'What you write about {concerns} deserves our full attention.',
          'We have read your account about {concerns} with the [greatest|utmost|closest] attention.',
        ],
        formal: [
          'The matters you report concerning {concerns} are serious, and we are treating them as such.',
          'We attach the greatest importance to your report concerning {concerns}.',
          'Your account regarding {concerns} has our full attention.',
          'We take the points you raise about {concerns} very seriously.',
        ],
      },
      acknowledgeGeneric: {
        warm: [
          'What you report is serious, and we are treating it as such.',
          'We take what you describe very seriously.',
          'We have read your account with the greatest attention.',
          'Your message gave us pause, and we are not taking it lightly.',
        ],
        formal: [
          'The matters you report are serious, and we are treating them as such.',
          'We attach the greatest importance to your report.',
          'Your account has our full attention.',
          'We do not take the points you raise lightly.',
        ],
      },
      apology: {
        warm: [
          'We are [sorry|truly sorry] that you are left with such a feeling about {visit}.',
          'We [sincerely|genuinely] regret that you experienced things this way.',
          'Leaving with such an impression is very unpleasant, and we are sorry for it.',
          'We are genuinely saddened that this is how you remember {visit}.',
        ],
        formal: [
          'We sincerely regret that you are left with this impression of {visit}.',
          'We are sorry that your experience left you feeling this way.',
          'We understand that this situation may have affected you, and we regret it.',
          'We are sincerely sorry about the feelings you express.',
        ],
      },
      action: {
        warm: [
          'We are checking every point with the people concerned to understand [exactly|precisely] what happened.',
          'We are looking into the [situation|matter], point by point.',
          'We are examining the matter in detail before giving you a [full|complete] answer.',
          'We are checking with the people involved, because we want to understand what happened.',
        ],
        formal: [
          'An internal review is under way to establish the facts precisely.',
          'We are currently examining each element with the teams concerned.',
          'We are carrying out the necessary checks before giving you a detailed answer.',
          'These matters are being examined carefully on our side.',
        ],
      },
      private: {
        warm: [
          'To help us get to the bottom of this, could you write to us at {contact} with the details of {visit}?',
          'So that we can move forward together, please contact us at {contact}.',
          'Write to us at {contact}: every detail will help us understand what happened.',
          'We would like to talk this over with you directly: {contact} is at your disposal.',
        ],
        formal: [
          'So that we can review this with all the rigour it requires, we invite you to contact us at {contact}.',
          'We would be grateful if you could send any useful details to {contact}.',
          'We invite you to contact our management at {contact} to discuss these matters.',
          'Any details you can send us at {contact} will be helpful.',
        ],
      },
      privateGeneric: {
        warm: [
          'To help us get to the bottom of this, please [contact us|write to us] directly with the details of {visit}.',
          'So that we can move forward together, please [write to us|contact us] privately.',
          'Please get in touch directly: every detail will help us understand [what happened|the situation].',
          'We would like to talk this over with you directly, away from this page.',
        ],
        formal: [
          'So that we can review this with all the rigour it requires, we invite you to contact our management directly.',
          'We would be grateful if you could send us any useful details directly.',
          'We invite you to contact our management to discuss these matters.',
          'Any details you can send us directly will be helpful.',
        ],
      },
    },
    firm_and_factual: {
      facts: {
        warm: [
          'So that everyone has the full picture, here is what we observed on our side: {facts}',
          'We would simply like to add a few factual details: {facts}',
          'In fairness to future guests, here are the facts as we know them: {facts}',
        ],
        formal: [
          'For the sake of accuracy, we would like to clarify the following: {facts}',
          'So that readers have complete information, here are the facts as established on our side: {facts}',
          'Allow us to set out the following facts: {facts}',
        ],
      },
      wayOut: {
        warm: [
          'We understand that, at the time, the situation may have [looked|seemed|felt] different to you.',
          'A misunderstanding is always possible, and we do not doubt that your [feelings were|impressions were|disappointment was] sincere.',
          'We [appreciate|understand|recognise] that things may have felt different from where you stood.',
          '[Each of us|Everyone] can see the same situation [differently|in a different light], and we respect your [point of view|perspective].',
          'We [fully|entirely] accept that your [experience|perception] of it [was|may have been] different.',
        ],
        formal: [
          'We [understand|appreciate] that the circumstances may have appeared differently to you.',
          'It is [quite|entirely] possible that a misunderstanding lies behind this difference of [views|perception].',
          'We do not question the sincerity of [how you felt|your impressions].',
          'Each party may [legitimately|understandably] perceive the same situation differently, and we respect your [point of view|perspective].',
          'We [readily|fully] accept that your perception of the situation [was|may have been] different.',
        ],
      },
      closingFirm: {
        warm: [
          'We will leave the public [discussion|exchange] there, but our door [remains|stays] open.',
          'On our side, we consider the [matter|point|situation] [clarified|settled|now clear].',
          'We will not continue the [exchange|discussion] [on this page|here|in public].',
          '[That is all|This is all] we [wished|wanted] to [add|say] publicly on the subject.',
          'We [prefer|would rather] not [to prolong|to continue|to extend] this [discussion|exchange] in public.',
        ],
        formal: [
          'We therefore consider this matter [closed|concluded] on this page.',
          'We will add nothing further publicly on this [subject|matter].',
          'With these [clarifications|points] made, we [close|conclude] this public exchange here.',
          'This is all we [wish|intend] to [state|add] publicly on the matter.',
          'We [prefer|have chosen] not to [prolong|continue] this exchange in public.',
        ],
      },
    },
    defuse_with_humor: {
      humor: {
        warm: [
          'We have to admit it: when it came to {concerns}, we were clearly not [at our finest|at our best|on top form].',
          'On {concerns}, we plead guilty, [with no excuses|no excuses offered].',
          'As for {concerns}, let us say it was not our [finest|proudest|best] hour, and we are the first to [regret it|admit it].',
          'With {concerns}, we clearly still have a [little|short|fair] way to go before we reach perfection.',
          'When it comes to {concerns}, that was clearly [not our day|an off day for us], and we [hold our hands up|admit it freely].',
        ],
        formal: [
          'Regarding {concerns}, we must admit that we were not at our finest.',
          'On {concerns}, we have to concede, with a touch of self-irony, that we missed the mark.',
          'With {concerns}, perfection clearly eluded us this time.',
        ],
      },
      humorGeneric: {
        warm: [
          'We have to admit it: this time, we were clearly not [at our finest|at our best|on top form].',
          'We plead guilty, [with no excuses|no excuses offered|and we will not make excuses].',
          'Let us say it was not our [finest|proudest|best] hour, and we are the first to [regret it|admit it|say so].',
          'Clearly, that was [not our day|an off day for us], and we [hold our hands up|admit it freely].',
        ],
        formal: [
          'We must admit that, this time, we were not at our finest.',
          'We have to concede, with a touch of self-irony, that we missed the mark.',
          'Perfection clearly eluded us this time.',
        ],
      },
      action: {
        warm: [
          '[More seriously|On a more serious note|Seriously, though], your comments have been passed on to [the team concerned|the relevant team|the people concerned].',
          '[Joking aside|All joking aside], we have shared your [feedback|remarks|comments] with the [team|whole team].',
          'On a serious note, your message has been shared internally so that we [do better|can do better|improve].',
          '[Smiles aside|Humour aside], we [take|are taking] your [remarks|comments] seriously and [have discussed them|are discussing them] as a team.',
        ],
        formal: [
          'More seriously, your remarks have been forwarded to the departments concerned.',
          'Joking aside, your feedback has been shared with the team so that we can learn from it.',
          'Beyond the smile, your observations will be reviewed with care.',
        ],
      },
    },
    blackmail_protocol: {
      policy: {
        warm: [
          '[As with all our guests|As we do with everyone], we would like to make clear that we do not grant any advantage in exchange for a review, whatever it may say.',
          '[As a matter of principle|On principle], we offer no [gesture or advantage|advantage of any kind] in return for a review, positive or negative.',
          'Our rule is the same for [everyone|every guest]: no advantage is granted in connection with posting, changing or removing a review.',
          'We would simply point out that reviews are never the subject of any benefit with us.',
          "With us, a review is simply a review: it earns no advantage, and neither does taking it down.",
          'We want the reviews posted here to stay [free and honest|honest and free|genuine], so nothing is ever attached to them.',
          'Whatever a review says, it [does not lead to|never leads to] any particular gesture on our part.',
          'To put it [simply|plainly]: with us, a review is never traded for anything, [either way|in either direction].',
          '[Our guests know it|As our guests know]: reviews are free, and no advantage depends on them.',
        ],
        formal: [
          'In line with our principles and the rules of review platforms, no advantage is granted in exchange for a review.',
          'We would point out that our establishment grants nothing in return for posting, changing or removing a review.',
          'As a matter of principle, our guests’ reviews never give rise to any advantage or benefit.',
          'We do not grant any advantage in exchange for a review, whatever its content.',
          "To keep reviews genuine, no benefit is associated with posting or withdrawing them.",
          "Our establishment follows a constant rule: no review gives rise to an advantage, whatever its content.",
          "Posting a review, like amending one, is never the subject of any form of consideration.",
          "It is our rule that no review, favourable or not, gives rise to anything in return.",
        ],
      },
      private: {
        warm: [
          'Any question about {visit} can be [sent to us directly|sent to us|addressed to us] at {contact}.',
          'If anything about {visit} still needs [clarifying|discussing], write to us at {contact}.',
          'For any question about {visit}, we can be reached [at|directly at] {contact}.',
          'Our team is [happy|glad] to hear from you at {contact} about anything to do with {visit}.',
          'To talk about {visit}, the [simplest|easiest|best] way is to write to us at {contact}.',
          "Should you wish to discuss {visit} further, you can reach us at {contact}.",
          "For anything related to {visit}, a message to {contact} is all it takes.",
          "The best way to talk about {visit} is still to write to us at {contact}.",
        ],
        formal: [
          'Any question regarding {visit} may be addressed to our management at {contact}.',
          'We can be reached at {contact} for any question concerning {visit}.',
          'For any discussion about {visit}, we invite you to write to us at {contact}.',
          "Our management remains available at {contact} for any question related to {visit}.",
          "Any request concerning {visit} will be reviewed if it is sent to {contact}.",
          "We invite you to use {contact} for any question about {visit}.",
          "Questions concerning {visit} may be sent to {contact}.",
        ],
      },
      privateGeneric: {
        warm: [
          'Any question about {visit} can be [sent to us|addressed to us|put to us] directly.',
          'If anything about {visit} still needs [clarifying|discussing], you can [contact us|reach us|write to us] directly.',
          'For any question about {visit}, we can be reached [through the usual channels|directly|by the usual means].',
          'Our team is [happy|glad] to hear from you about anything to do with {visit}.',
          'To talk about {visit}, the [simplest|easiest|best] way is to contact us directly.',
          'Should you wish to discuss {visit} further, our door [remains|is always] open.',
          'For anything related to {visit}, a [direct message|message to us] is all it takes.',
          'The best way to talk about {visit} is still to [write to us|contact us|get in touch] directly.',
        ],
        formal: [
          'Any question regarding {visit} may be addressed directly to our management.',
          'We can be reached through the usual channels for any question concerning {visit}.',
          'For any discussion about {visit}, we invite you to contact us directly.',
          "Our management remains available directly for any question related to {visit}.",
          "Any request concerning {visit} will be reviewed if it is sent to us directly.",
          "We invite you to contact our front desk directly for any question about {visit}.",
          "Questions concerning {visit} may be addressed directly to our front desk.",
        ],
      },
    },
    report_and_ignore: {
      minimal: {
        warm: [
          'Thank you for your [message|comment].',
          'We have read [this message|these lines|your post|this comment].',
          '[Your message|Your post|This comment] has [reached us|been received].',
          'Thank you for taking the time to [write|post this|write to us].',
          'We have taken note of [this message|your post|these lines].',
          'We acknowledge receipt of [this message|your post|your comment].',
          '[Your comment|Your message] has [come to|caught] our attention.',
          'Thank you for [these few words|these lines|writing].',
        ],
        formal: [
          'We have read [this message|these lines|your post|this comment].',
          'We take note of [this post|this message|this comment].',
          '[This message|This post] has been read.',
          'We acknowledge receipt of [this message|this post|this comment].',
          '[This comment|Your message] has been [read|received].',
          'We have taken note of [these lines|this message|your comment].',
          '[Your post|Your message|This comment] has come to our attention.',
          'We have duly noted [this comment|this message|your post].',
        ],
      },
      minimalChannel: {
        warm: [
          'For anything concerning a [visit to us|stay or a meal with us], [our team|the team|our staff] can be reached directly.',
          'We remain [available to|at the disposal of] [our guests|everyone|every guest] through the usual channels.',
          'Any question about a [visit|stay or a meal] can be [sent to us|addressed to us|put to us] directly.',
          'Our team is [glad|happy|always pleased] to answer any question about a [visit|stay or a meal] directly.',
          'Any question about time spent with us can be [asked directly|raised directly|raised with our team directly].',
          'For anything about a [visit|stay or a meal], our door [remains|is always] open.',
          'If a visit to us is the [subject|reason for this message], let us talk about it [directly|one to one].',
          '[Our guests|Anyone who has visited us] can always reach us directly[, as usual|, as ever|].',
        ],
        formal: [
          'Our management can be contacted directly with any question about a [visit|stay or a meal].',
          'We remain [available to|at the disposal of] [our guests|everyone|every guest] through the usual channels.',
          'For any question about a stay or a meal, we invite you to [contact us|contact our management|get in touch] directly.',
          'Any [question|request] regarding a [visit|stay or a meal] may be addressed directly to our management.',
          'We remain [reachable|available] directly for any request concerning a visit to our establishment.',
          'Our [team|management] remains available to its guests through the usual channels.',
          'Any request related to a [visit|stay or a meal] will be dealt with if it is sent to us directly.',
          "Our [front desk|team] remains at everyone's disposal for any question about a visit.",
        ],
      },
    },
  },
  advice: {
    thank: 'Positive review: thank the guest briefly and personally, mentioning what they liked.',
    acknowledge_and_fix:
      'Good-faith criticism: apologise for the disappointment, say what is being done without promising what you will not do, and offer to continue privately.',
    investigate_then_reply:
      'Serious allegation: check the facts first, answer quickly without denying or admitting, and continue privately.',
    firm_and_factual:
      'You have facts that contradict the review: state them calmly, leave the guest an honourable way out, then close the exchange.',
    defuse_with_humor: 'Light, low-risk criticism: a little self-deprecating humour can defuse it, never at the guest’s expense.',
    blackmail_protocol:
      'Blackmail attempt: give nothing, keep the evidence and report it to the platform; the public reply stays neutral, neither accusing nor conceding.',
    report_and_ignore:
      'Abusive or off-topic content: report it to the platform rather than reply, because a public reply would give it visibility. If you must reply, use the minimal neutral reply.',
  },
};
