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
  /** Axis ids used by datasets beyond the default "y" (e.g. a percentage axis). */
  percentAxis?: boolean;
  stacked?: boolean;
  horizontal?: boolean;
  yPercent?: boolean;
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
    const pct = (v: number | string) => `${Math.round(Number(v) * 100)}%`;
    const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
      type: 'bar',
      data: { labels: spec.labels, datasets: spec.datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        interaction: { mode: 'nearest', intersect: true },
        onClick: (_event, elements) => {
          const hit = elements[0];
          if (hit && this.onPick) this.onPick(hit.index, hit.datasetIndex);
        },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        scales: {
          x: {
            stacked: spec.stacked ?? false,
            ticks: spec.horizontal && spec.yPercent ? { callback: pct } : {},
            ...(spec.horizontal && spec.yPercent ? { min: 0, max: 1 } : {}),
          },
          y: {
            stacked: spec.stacked ?? false,
            beginAtZero: true,
            ...(spec.yPercent && !spec.horizontal
              ? { min: 0, max: 1, ticks: { callback: pct } }
              : { ticks: { precision: 0 } }),
          },
          ...(spec.percentAxis
            ? {
                pct: {
                  position: 'right' as const,
                  min: 0,
                  max: 1,
                  grid: { drawOnChartArea: false },
                  ticks: { callback: pct },
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
