/** Common English function words: language identification hints and the checker's mismatch rule. */
const stopwords: string[] = [
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'as', 'into', 'over', 'after',
  'before', 'this', 'that', 'these', 'those', 'it', 'its', "it's", 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', 'have',
  'has', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'i', 'we', 'you',
  'he', 'she', 'they', 'me', 'us', 'him', 'her', 'them', 'my', 'our', 'your', 'his', 'their', 'there', 'here', 'what', 'which',
  'who', 'whom', 'when', 'where', 'why', 'how', 'not', 'no', 'very', 'so', 'too', 'also', 'just', 'only', 'than', 'then', 'if',
  'because', 'while', 'all', 'any', 'some', 'more', 'most', 'other', 'such', 'own', 'same', 'again', 'once', 'up', 'down', 'out',
  'off', 'under', 'both', 'each', 'few', "didn't", "don't", "wasn't", "i'm", "we're", "they're", "i've", "we've", "you're", 'got',
  'get', 'stayed', 'stay', 'really', 'though', 'although', 'even', 'well', 'much', 'many', 'every',
];

export default stopwords;
