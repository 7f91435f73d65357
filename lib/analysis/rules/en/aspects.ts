/** English aspect vocabulary: what a guest talks about, so a reply can name it. */
import type { AspectLexicon } from '../types';

const aspects: AspectLexicon = {
  lang: 'en',
  aspects: {
    cleanliness: ['\\b(?:clean\\w*|dirt\\w*|dust\\w*|filth\\w*|stain\\w*|hygien\\w*|unhygienic|grubby|grimy|spotless|immaculate|hair in the|mou?ld\\w*|housekeeping)\\b'],
    noise: ['\\b(?:nois\\w*|loud\\w*|quiet\\w*|thin walls|soundproof\\w*|music|traffic|construction work|snoring|party next door)\\b'],
    staff: ['\\b(?:staff|employees?|personnel|team|receptionists?|reception|front desk|concierge|waiters?|waitress\\w*|servers?|manager|management|owners?|host|hostess|bartenders?|porters?|housekeepers?|clerks?|service staff)\\b'],
    breakfast: ['\\b(?:breakfast\\w*|brunch|buffet|continental|croissants?|pastries|coffee in the morning)\\b'],
    food: ['\\b(?:food|meals?|dinner|lunch|dish\\w*|menu|cuisine|chef|cooking|steak|pasta|pizza|burgers?|fish|seafood|dessert\\w*|starters?|appetizers?|mains?|portions?|taste\\w*|flavou?rs?|tasty|delicious|bland)\\b'],
    room: ['\\b(?:rooms?|suite|bedroom|accommodation|apartment|studio|cabin|decor|furniture|balcony|closet|wardrobe)\\b'],
    bed: ['\\b(?:beds?|mattress\\w*|pillows?|sheets|linen|duvet|bedding|blankets?)\\b'],
    bathroom: ['\\b(?:bathroom\\w*|shower\\w*|toilet\\w*|bath|bathtub|tub|sink|towels?|toiletries|water pressure|hot water)\\b'],
    climate: ['\\b(?:air ?con\\w*|a/c|ac unit|heating|heater|radiator|temperature|too hot|too cold|freezing|stuffy|ventilation|fan)\\b'],
    wifi: ['\\b(?:wi-?fi|internet|connection|signal|network)\\b'],
    location: ['\\b(?:location|located|situated|neighbou?rhood|area|close to|walking distance|far from|downtown|city cent(?:er|re)|beach|station|metro|subway)\\b'],
    price: ['\\b(?:price\\w*|pricey|expensive|cheap\\w*|overpriced|value|cost\\w*|bill|charged?|fees?|rate|rates|money|afford\\w*|\\$|€|£)'],
    check_in: ['\\b(?:check[- ]?in|check[- ]?out|checking in|checking out|arrival|key ?cards?|keys?|late arrival|early arrival)\\b'],
    parking: ['\\b(?:parking|car park|garage|valet|parked|park the car)\\b'],
    pool: ['\\b(?:pool|pools|swimming|jacuzzi|hot tub|sun ?loungers?)\\b'],
    view: ['\\b(?:views?|overlook\\w*|sea view|ocean view|skyline|panorama\\w*)\\b'],
    service: ['\\b(?:service|served|serving|attentive\\w*|hospitality|customer care)\\b'],
    // a "waiting list" (for a doctor, a school) is no wait at this place
    wait: ['\\b(?:wait(?!ing list)\\w*|queue\\w*|slow|delay\\w*|took ages|took forever|an hour|long time)\\b'],
    drinks: ['\\b(?:drinks?|wine\\w*|beers?|cocktails?|bar|coffee|tea|juice|bottle)\\b'],
    spa: ['\\b(?:spa|sauna|massage\\w*|steam room|gym|fitness|wellness|hammam)\\b'],
  },
};

export default aspects;
