// Only the parts of `natural` the cause analysis imports; the package's own typings cover the full bundle.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
