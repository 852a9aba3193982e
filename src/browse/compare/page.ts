import type { Chart } from 'chart.js';
import { drawChart, pngButton } from '../../charts/draw';
import { summarize, type ChartSpec } from '../../charts/spec';
import { comparisonRows, parseSelection, selectedIndicators, selectionQuery, type Selection } from '../../stats/compare';
import type { IndicatorIndex } from '../../stats/index-file';
import type { IndicatorKey } from '../../stats/indicators';
import { cellText, comparisonCsv } from './csv';

/** The compare page: type-ahead agency choice, indicator and year boxes, all kept in the URL. */
const form = document.querySelector<HTMLElement>('#compare-form')!;
const result = document.querySelector<HTMLElement>('#compare-result')!;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const MAX_SUGGESTIONS = 30;
let chart: Chart | undefined;
let csvUrl: string | undefined;

async function main() {
  const response = await fetch(form.dataset.index!);
  const index = (await response.json()) as IndicatorIndex;
  const bySlug = new Map(index.agencies.map((a) => [a.slug, a]));
  const optionText = (a: IndicatorIndex['agencies'][number]) => `${a.name}（${a.region}）`;
  const byOption = new Map(index.agencies.map((a) => [optionText(a), a.slug]));
  let selection: Selection = parseSelection(location.search, index);
  if (!location.search && form.dataset.example) selection.agencies = form.dataset.example.split(',').filter((s) => bySlug.has(s));

  const input = $<HTMLInputElement>('agency-input');
  const options = $<HTMLDataListElement>('agency-options');
  const message = $<HTMLParagraphElement>('agency-message');
  const chosen = $<HTMLUListElement>('agency-selected');
  const chartSelect = $<HTMLSelectElement>('chart-indicator');

  const suggest = () => {
    const q = input.value.trim();
    const matches = index.agencies.filter((a) => !q || a.name.includes(q) || a.region.includes(q) || a.slug.includes(q.toLowerCase()));
    options.replaceChildren(
      ...matches.slice(0, MAX_SUGGESTIONS).map((a) => Object.assign(document.createElement('option'), { value: optionText(a) })),
    );
  };

  const add = () => {
    const text = input.value.trim();
    const slug = byOption.get(text) ?? index.agencies.find((a) => a.name === text)?.slug;
    if (!slug) {
      message.textContent = text ? `没有找到“${text}”，请从列表中选择。` : '请输入机关名称。';
      return;
    }
    if (!selection.agencies.includes(slug)) selection = { ...selection, agencies: [...selection.agencies, slug] };
    message.textContent = `已添加 ${bySlug.get(slug)!.name}。`;
    input.value = '';
    update(true);
  };

  const readBoxes = () => {
    const checked = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[data-group="${name}"]:checked`)].map((b) => b.value);
    selection = { ...selection, indicators: checked('i') as IndicatorKey[], years: checked('y').map(Number) };
  };

  const writeBoxes = () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[data-group="i"]')) box.checked = selection.indicators.includes(box.value as IndicatorKey);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[data-group="y"]')) box.checked = selection.years.includes(Number(box.value));
  };

  function renderChosen() {
    chosen.replaceChildren(
      ...selection.agencies.map((slug) => {
        const a = bySlug.get(slug)!;
        const li = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: a.url, textContent: a.name });
        const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: '移除' });
        remove.setAttribute('aria-label', `移除 ${a.name}`);
        remove.addEventListener('click', () => {
          selection = { ...selection, agencies: selection.agencies.filter((s) => s !== slug) };
          message.textContent = `已移除 ${a.name}。`;
          update(true);
        });
        li.append(link, remove);
        return li;
      }),
    );
  }

  function renderTable() {
    const indicators = selectedIndicators(selection);
    const rows = comparisonRows(index, selection);
    const table = $<HTMLTableElement>('compare-table');
    const headRow = document.createElement('tr');
    for (const text of ['机关', '年度', ...indicators.map((i) => (i.unit === '%' ? i.short : `${i.short}（${i.unit}）`))]) {
      headRow.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: text }));
    }
    table.tHead!.replaceChildren(headRow);
    table.tBodies[0]!.replaceChildren(
      ...rows.map((r) => {
        const tr = document.createElement('tr');
        tr.dataset.agency = r.slug;
        tr.dataset.year = String(r.year);
        const th = Object.assign(document.createElement('th'), { scope: 'row', textContent: r.name });
        const year = Object.assign(document.createElement('td'), { textContent: r.reported ? String(r.year) : `${r.year}（无报告）` });
        tr.append(th, year);
        r.values.forEach((v, n) => {
          const td = Object.assign(document.createElement('td'), { textContent: cellText(v, indicators[n]!) });
          td.dataset.indicator = indicators[n]!.key;
          td.dataset.value = v === null ? '' : String(v);
          tr.append(td);
        });
        return tr;
      }),
    );
    if (csvUrl) URL.revokeObjectURL(csvUrl);
    csvUrl = URL.createObjectURL(new Blob([comparisonCsv(rows, indicators)], { type: 'text/csv;charset=utf-8' }));
    $<HTMLAnchorElement>('compare-csv').href = csvUrl;
  }

  function renderChart() {
    const indicators = selectedIndicators(selection);
    const current = indicators.find((i) => i.key === chartSelect.value) ?? indicators[0]!;
    chartSelect.replaceChildren(...indicators.map((i) => Object.assign(document.createElement('option'), { value: i.key, textContent: i.label, selected: i === current })));
    const one = { ...selection, indicators: [current.key] };
    const rows = comparisonRows(index, one);
    const spec: ChartSpec = {
      kind: 'bar',
      categories: selection.years.map((y) => `${y}年`),
      series: selection.agencies.map((slug) => ({
        label: bySlug.get(slug)!.name,
        values: selection.years.map((y) => rows.find((r) => r.slug === slug && r.year === y)?.values[0] ?? null),
      })),
      unit: current.unit,
    };
    $('compare-chart-title').textContent = `${current.label}（${current.unit}）`;
    const summary = summarize(spec);
    $('compare-chart-summary').textContent = summary;
    chart?.destroy();
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', summary);
    $('compare-chart-box').replaceChildren(canvas);
    chart = drawChart(canvas, spec);
    const button = $<HTMLButtonElement>('compare-png');
    const fresh = button.cloneNode(true) as HTMLButtonElement;
    button.replaceWith(fresh);
    pngButton(fresh, canvas, `比较-${current.key}`);
  }

  function update(push: boolean) {
    const query = selectionQuery(selection);
    if (push && query !== location.search) history.pushState(null, '', query);
    $<HTMLAnchorElement>('compare-link').href = query;
    writeBoxes();
    renderChosen();
    const status = $<HTMLParagraphElement>('compare-status');
    const output = $<HTMLDivElement>('compare-output');
    const missing = [!selection.agencies.length && '至少一个机关', !selection.indicators.length && '至少一项指标', !selection.years.length && '至少一个年度'].filter(Boolean);
    if (missing.length) {
      status.textContent = `请选择${missing.join('、')}。`;
      output.hidden = true;
      return;
    }
    status.textContent = `比较 ${selection.agencies.length} 个机关、${selection.indicators.length} 项指标、${selection.years.length} 个年度。`;
    output.hidden = false;
    renderTable();
    renderChart();
  }

  input.addEventListener('input', suggest);
  input.addEventListener('change', () => byOption.has(input.value.trim()) && add());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  });
  $('agency-add').addEventListener('click', add);
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[type="checkbox"]')) {
      readBoxes();
      update(true);
    }
  });
  chartSelect.addEventListener('change', renderChart);
  window.addEventListener('popstate', () => {
    selection = parseSelection(location.search, index);
    update(false);
  });

  suggest();
  form.hidden = false;
  result.hidden = false;
  update(false);
  document.body.dataset.compareReady = '';
}

main().catch((e: unknown) => {
  result.hidden = false;
  $('compare-status').textContent = `无法载入比较数据：${String(e)}`;
});
