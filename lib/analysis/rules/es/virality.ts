/** Spanish: influencers, followers, media, "everywhere": what makes a post spread. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'virality',
  rules: [
    {
      id: 'es.virality.virality',
      signal: 'virality',
      pattern: r`\b(?:\d{1,3}(?:[.,]\d{3}| ?mil| ?k)? seguidores|influencer\w{0,2}|bloguer[oa]s?|blogger|youtuber|tiktoker|instagramer|periodistas?|la prensa|los medios|television|viral\w{0,6}|en todas (?:partes|las redes)|en todas las plataformas|compartir(?:lo|e)? (?:en|por) (?:todas|mis) (?:las )?redes)\b`,
      weight: 0.5,
      examples: ['tengo 10 mil seguidores en instagram', 'soy bloguera de viajes', 'lo voy a hacer viral', 'en todas partes'],
      counterExamples: ['seguimos las indicaciones'],
    },
  ],
};
export default family;
