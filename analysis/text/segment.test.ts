import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment.js';

const sentencesOf = (text: string) => segmentSentences(text).sentences.map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('splits prose, keeps abbreviations and list items apart', () => {
    expect(
      sentencesOf('We rolled back, e.g. the API. Then it recovered!\n\n- First item\n- Second item.'),
    ).toEqual(['We rolled back, e.g. the API.', 'Then it recovered!', 'First item', 'Second item.']);
  });
  it('masks code, logs, quotes and URLs without changing length', () => {
    const text =
      'Text https://x.io/a.b here.\n```\ncode.\n```\n> quoted.\n[12:01:02] <bob> hi\nJan  3 10:00:01 host kernel: oops';
    const { masked, sentences } = segmentSentences(text);
    expect(masked).toHaveLength(text.length);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Text https://x.io/a.b here.']);
    expect(masked).not.toContain('https');
  });
  it('keeps timeline lines as their own sentences', () => {
    expect(sentencesOf('14:02 Priya paged the DB team\n14:05 Bob restarted the primary')).toEqual([
      '14:02 Priya paged the DB team',
      '14:05 Bob restarted the primary',
    ]);
  });
});

describe('segmentSentences on long runs of terminators', () => {
  // A run of ".", "!" or "?" next to a word used to be scanned once per position (quadratic: 20 000
  // characters took seconds); 200 000 would take minutes that way and takes milliseconds now.
  it.each(['!', '.', '?'])('handles 200 000 "%s" followed by a word in linear time', (ch) => {
    const text = `Intro. ${ch.repeat(200_000)}x and more. End.`;
    const started = performance.now();
    const sentences = segmentSentences(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(sentences[0]).toBe('Intro.');
    expect(sentences.at(-1)).toBe('End.');
  });
});
