// The slice of autocannon's API the bench uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram {
    total: number;
    p50: number;
    p90: number;
    p95?: number;
    p97_5: number;
    p99: number;
    average: number;
    max: number;
  }
  interface Result {
    latency: Histogram;
    requests: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
  }
  export default function autocannon(options: Options): Promise<Result>;
}
