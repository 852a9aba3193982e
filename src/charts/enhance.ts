import type { ChartSpec } from './spec';
import { drawChart, pngButton } from './draw';

/** Turns every chart figure's JSON data block into a chart.js canvas; its table stays as the fallback. */
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
  const data = figure.querySelector('script[type="application/json"]');
  const box = figure.querySelector<HTMLElement>('.chart-box');
  if (!data?.textContent || !box) continue;
  const spec = JSON.parse(data.textContent) as ChartSpec;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', figure.querySelector('.chart-summary')?.textContent ?? '');
  box.append(canvas);
  box.hidden = false;
  drawChart(canvas, spec);
  const button = figure.querySelector<HTMLButtonElement>('button.chart-png');
  if (button) pngButton(button, canvas, figure.dataset.chart || 'chart');
}
