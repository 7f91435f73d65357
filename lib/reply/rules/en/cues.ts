/** English: context cues and stopwords for the checker. */
import type { CheckLanguageCues } from '../types';

export const cues: CheckLanguageCues = {
  lang: 'en',
  negations: ['not', 'never', 'no', 'nor', 'without', 'nothing', 'none', 'neither', 'cannot', "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "isn't", "aren't", 'refuse to', 'no longer'],
  contrasts: ['but', 'however', 'yet', 'although', 'though', 'except'],
  ownContact: ['contact us', 'write to us', 'call us', 'phone us', 'ring us', 'reach us', 'text us', 'e-?mail us', 'our (?:[a-z\\-]{1,14} )?(?:number|phone|line|e-?mail|address|reception|front desk|team|office|desk)', '(?:reception|front desk|customer service|guest relations)', 'directly (?:at|on)', 'us (?:at|on)'],
  closings: ['best regards', 'kind regards', 'warm regards', 'warmest regards', 'regards', 'sincerely', 'yours sincerely', 'yours faithfully', 'best wishes', 'warm wishes', 'all the best', 'with thanks', 'cheers', 'respectfully', 'yours truly'],
  roles: ['manager', 'general manager', 'owner', 'director', 'front office', 'reception', 'receptionist', 'chef', 'host', 'hostess', 'concierge', 'housekeep\\w{0,4}', 'supervisor', 'waiter', 'waitress', 'sommelier', 'staff', 'team', 'colleague', 'my name is', "i am", "i'm", 'on behalf of', 'founder', 'proprietor', 'head of', 'hotel', 'restaurant', 'ristorante', 'albergo', 'gasthof', 'gasthaus', 'pension', 'auberge', 'brasserie', 'trattoria', 'osteria', 'hostal', 'posada', 'bistro', 'residence'],
  greetings: ['dear', 'hello', 'hi', 'hey', 'good (?:morning|afternoon|evening)', 'greetings', 'thank', 'thanks', 'many thanks'],
  apologies: ['sorry', 'apolog\\w{0,5}', 'regret\\w{0,5}', 'forgive'],
  complaintCues: ['dirty', 'rude', 'noisy', 'noise', 'disappoint\\w{0,5}', 'terrible', 'awful', 'horrible', 'worst', 'broken', 'unacceptable', 'never again', 'smell\\w{0,3}', 'filthy', 'complain\\w{0,3}', 'cold', 'waited', 'poor', 'bad', 'overpriced'],
  stopwords: ['the', 'and', 'of', 'to', 'is', 'was', 'we', 'you', 'your', 'our', 'for', 'with', 'that', 'this', 'it', 'on', 'are', 'be', 'have', 'has', 'will', 'would', 'not', 'at', 'by', 'from', 'as', 'very', 'thank', 'us', 'were', 'had', 'all', 'an', 'my', 'they', 'which', 'been', 'hope', 'stay', 'in', 'a', 'also', 'every', 'again', 'already', 'there'],
};
