/** Sort buttons on the headers of tables marked data-sortable: numbers by value, blanks last, text by pinyin order. */
const collator = new Intl.Collator('zh-CN');

function sortBy(table: HTMLTableElement, column: number, th: HTMLTableCellElement) {
  const descending = th.getAttribute('aria-sort') !== 'descending';
  for (const other of table.tHead!.rows[0]!.cells) other.removeAttribute('aria-sort');
  th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  const body = table.tBodies[0]!;
  const value = (row: HTMLTableRowElement) => row.cells[column]?.dataset.value ?? '';
  const rows = [...body.rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    const nx = Number(x);
    const ny = Number(y);
    const order = Number.isNaN(nx) || Number.isNaN(ny) ? collator.compare(x, y) : nx - ny;
    return descending ? -order : order;
  });
  body.append(...rows);
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  [...table.tHead!.rows[0]!.cells].forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    button.addEventListener('click', () => sortBy(table, column, th));
    th.append(button);
  });
}
