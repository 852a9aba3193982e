/** Filters the data-quality table by region (a province or a city, and everything below) and year; without JavaScript every row shows. */
const form = document.querySelector<HTMLElement>('#quality-filters');
const table = document.querySelector<HTMLTableElement>('#quality-findings');
if (form && table) {
  form.hidden = false;
  const status = form.querySelector('#filter-status')!;
  const apply = () => {
    const region = form.querySelector<HTMLSelectElement>('#filter-region')!.value;
    const year = form.querySelector<HTMLSelectElement>('#filter-year')!.value;
    let shown = 0;
    for (const row of table.tBodies[0]!.rows) {
      const path = row.dataset.region ?? '';
      const match = (!region || path === region || path.startsWith(`${region}/`)) && (!year || row.dataset.year === year);
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = `显示 ${shown} 处问题`;
  };
  form.addEventListener('change', apply);
}
