/**
 * Strips trailing characters of a set. A `/[.\s]+$/` regex retries from every position of a long run
 * that stops short of the end ("a . . . . x"), which is quadratic: 100 k characters took 50 s.
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

export const SPACES =
  ' \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff';
