import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

// Porter stemming is the hot spot of feature extraction; words repeat heavily across documents, so a
// bounded cache turns most calls into a map lookup. The bound keeps memory flat on adversarial input.
const MAX_CACHE = 50_000;
const cache = new Map<string, string>();

/** Porter stem of a lowercase word, memoized. */
export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const stemmed = PorterStemmer.stem(word);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, stemmed);
  return stemmed;
}
