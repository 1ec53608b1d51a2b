/**
 * Distributions from (value, count) rows that SQL already grouped, so 100k rows never travel to JS.
 * Median: the middle value (mean of the two middle values when the count is even). p90: nearest rank
 * (the smallest value with at least 90% of the observations at or below it).
 */
export interface HistogramBin {
  label: string;
  /** Inclusive lower bound; null = open-ended. */
  min: number | null;
  /** Inclusive upper bound; null = open-ended. */
  max: number | null;
  count: number;
}

export interface Distribution {
  unit: string;
  count: number;
  /** Observations the documents do not give (e.g. no published date). */
  missing: number;
  median: number | null;
  p90: number | null;
  histogram: HistogramBin[];
}

export interface CountedValue {
  value: number;
  n: number;
}

function valueAtRank(sorted: CountedValue[], rank: number): number {
  let seen = 0;
  for (const row of sorted) {
    seen += row.n;
    if (seen >= rank) return row.value;
  }
  return sorted.at(-1)!.value;
}

export function distribution(
  rows: CountedValue[],
  bounds: number[],
  unit: string,
  missing: number,
): Distribution {
  const sorted = rows.filter((r) => r.n > 0).sort((a, b) => a.value - b.value);
  const count = sorted.reduce((sum, r) => sum + r.n, 0);
  let median: number | null = null;
  let p90: number | null = null;
  if (count > 0) {
    median =
      count % 2 === 1
        ? valueAtRank(sorted, (count + 1) / 2)
        : (valueAtRank(sorted, count / 2) + valueAtRank(sorted, count / 2 + 1)) / 2;
    p90 = valueAtRank(sorted, Math.ceil(0.9 * count));
  }
  // Bins: (-inf, b0], (b0, b1], ..., (bn, inf). Values are whole days or minutes.
  const histogram: HistogramBin[] = [];
  let lower: number | null = null;
  for (const upper of bounds) {
    histogram.push({
      label: lower === null ? `≤ ${upper}` : `${lower + 1}–${upper}`,
      min: lower === null ? null : lower + 1,
      max: upper,
      count: 0,
    });
    lower = upper;
  }
  histogram.push({ label: `> ${lower}`, min: lower === null ? null : lower + 1, max: null, count: 0 });
  for (const row of sorted) {
    const index = bounds.findIndex((b) => row.value <= b);
    histogram[index === -1 ? histogram.length - 1 : index]!.count += row.n;
  }
  return { unit, count, missing, median, p90, histogram };
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null;
}
