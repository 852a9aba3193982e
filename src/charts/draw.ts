import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { DASHES, MARKERS, PALETTE, type ChartSpec } from './spec';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A white background, so the PNG download is readable on any viewer. */
const whiteBackground: Plugin = {
  id: 'nianbaoWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Every other bar series gets white diagonal stripes, so neighbours stay apart in greyscale print too. */
function striped(color: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

function datasets(spec: ChartSpec) {
  return spec.series.map((s, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    if (spec.kind === 'line') {
      return {
        label: s.label,
        data: s.values,
        borderColor: color,
        backgroundColor: color,
        borderDash: DASHES[i % DASHES.length]!,
        pointStyle: MARKERS[i % MARKERS.length]!,
        pointRadius: 5,
        borderWidth: 2,
        spanGaps: false,
      };
    }
    const fill = spec.series.length > 1 && i % 2 === 1 ? striped(color) : color;
    return { label: s.label, data: s.values, backgroundColor: fill, borderColor: '#fff', borderWidth: spec.kind === 'stacked' ? 1 : 0 };
  });
}

/** Draws a chart spec on a canvas with the project's palette; no animation, so it is drawn at once. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart {
  Chart.defaults.font.family = FONT;
  Chart.defaults.color = '#1a1a1a';
  const stacked = spec.kind === 'stacked';
  const valueAxis = {
    beginAtZero: true,
    stacked,
    ticks: { precision: spec.unit === '%' ? 1 : 0, callback: (v: string | number) => (spec.unit === '%' ? `${v}%` : String(v)) },
  };
  const config: ChartConfiguration = {
    type: spec.kind === 'line' ? 'line' : 'bar',
    data: { labels: spec.categories, datasets: datasets(spec) as ChartConfiguration['data']['datasets'] },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      scales: spec.horizontal ? { x: valueAxis, y: { stacked } } : { x: { stacked }, y: valueAxis },
      plugins: { legend: { display: spec.series.length > 1, labels: { usePointStyle: spec.kind === 'line' } } },
    },
    plugins: [whiteBackground],
  };
  return new Chart(canvas, config);
}

/** Offers the chart as a PNG file through a button next to it. */
export function pngButton(button: HTMLButtonElement, canvas: HTMLCanvasElement, name: string): void {
  button.hidden = false;
  button.addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = canvas.toDataURL('image/png');
    link.download = `${name}.png`;
    link.click();
  });
}
