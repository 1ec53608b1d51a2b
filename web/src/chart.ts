/**
 * The one chart wrapper: creates a chart.js chart once, updates it in place when the data changes,
 * destroys it when its view goes away. Only the chart.js parts used here are registered, so the rest
 * is tree-shaken out of the bundle.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

export const PALETTE = ['#2563eb', '#16a34a', '#d97706', '#9333ea', '#dc2626', '#64748b'];

export interface ChartSpec {
  labels: string[];
  datasets: ChartDataset<'bar' | 'line', (number | null)[]>[];
  /** Adds a right-hand 0–100% axis with id "pct" for datasets that give `yAxisID: 'pct'`. */
  percentAxis?: boolean;
  stacked?: boolean;
  horizontal?: boolean;
  /** The value axis is 0–100%. */
  yPercent?: boolean;
}

/**
 * The API gives rates as fractions (0–1); percentage axes run 0–100 with a hard max so a rate can never
 * be drawn past the top of its axis, whatever the other axis does.
 */
export function asPercent(values: (number | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : Math.min(100, Math.max(0, Math.round(v * 1000) / 10))));
}

export class ChartView {
  private chart: Chart<'bar' | 'line', (number | null)[], string> | null = null;

  constructor(
    readonly canvas: HTMLCanvasElement,
    private readonly onPick?: (index: number, datasetIndex: number) => void,
  ) {}

  render(spec: ChartSpec): void {
    if (this.chart) {
      this.chart.data.labels = spec.labels;
      spec.datasets.forEach((ds, i) => {
        const existing = this.chart!.data.datasets[i];
        if (existing) {
          existing.data = ds.data;
          existing.label = ds.label ?? '';
        } else {
          this.chart!.data.datasets.push(ds);
        }
      });
      this.chart.data.datasets.length = spec.datasets.length;
      this.chart.update();
      return;
    }
    const pct = (v: number | string) => `${Math.round(Number(v))}%`;
    const percentScale = { min: 0, max: 100, ticks: { callback: pct, stepSize: 25 } };
    const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
      type: 'bar',
      data: { labels: spec.labels, datasets: spec.datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        // Room above the chart area so a 100% point is drawn whole, not cut by the edge.
        layout: { padding: { top: 8 } },
        interaction: { mode: 'nearest', intersect: true },
        onClick: (_event, elements) => {
          const hit = elements[0];
          if (hit && this.onPick) this.onPick(hit.index, hit.datasetIndex);
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const onPercent =
                  (item.dataset as { yAxisID?: string }).yAxisID === 'pct' || spec.yPercent === true;
                const value = spec.horizontal ? item.parsed.x : item.parsed.y;
                return `${item.dataset.label ?? ''}: ${value === null ? '—' : onPercent ? `${value}%` : value}`;
              },
            },
          },
        },
        scales: {
          x: {
            stacked: spec.stacked ?? false,
            ...(spec.horizontal && spec.yPercent ? percentScale : {}),
          },
          y: {
            stacked: spec.stacked ?? false,
            beginAtZero: true,
            ...(spec.yPercent && !spec.horizontal ? percentScale : { ticks: { precision: 0 } }),
          },
          ...(spec.percentAxis
            ? {
                pct: {
                  type: 'linear' as const,
                  axis: 'y' as const,
                  position: 'right' as const,
                  ...percentScale,
                  grid: { drawOnChartArea: false },
                },
              }
            : {}),
        },
      },
    };
    this.chart = new Chart(this.canvas, config);
  }

  destroy(): void {
    this.chart?.destroy();
    this.chart = null;
  }
}
