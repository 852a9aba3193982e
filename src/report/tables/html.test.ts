import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { checkReport } from '../../checks';
import { seedReport } from '../../test-support/seeds';
import { appealsTableModel } from './appeals';
import { applicationsTableModel } from './applications';
import { tableHtml } from './html';
import type { TableRow } from './model';
import { proactiveTableModel } from './proactive';

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };
const all = (node: Node, name: string): Node[] => [...(node.nodeName === name ? [node] : []), ...(node.childNodes ?? []).flatMap((c) => all(c, name))];
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const textOf = (node: Node): string => (node.value ?? '') + (node.childNodes ?? []).map(textOf).join('');

describe('tableHtml', () => {
  test('prints every cell of the applications table with the header ids that describe it', () => {
    const report = seedReport(0);
    const model = applicationsTableModel(report, []);
    const doc = parse(tableHtml(model)) as unknown as Node;
    const cells = all(doc, 'td');
    const modelCells = model.body.filter((r): r is TableRow => 'cells' in r).flatMap((r) => r.cells);
    expect(cells.map((c) => attr(c, 'data-cell'))).toEqual(modelCells.map((c) => c.key));
    const ids = new Set(all(doc, 'th').map((h) => attr(h, 'id')).filter(Boolean));
    for (const cell of cells) for (const id of attr(cell, 'headers')!.split(' ')) expect(ids).toContain(id);
    expect(all(doc, 'caption').map(textOf)).toEqual([model.caption]);
  });

  test('marks the cells a rule flags, in words too, and prints a blank cell as “—”', () => {
    const report = seedReport(0);
    report.applications.received[0] = (report.applications.received[0] ?? 0) + 1;
    report.applications.received[1] = null;
    const model = applicationsTableModel(report, checkReport(report));
    const doc = parse(tableHtml(model, { captionHidden: true })) as unknown as Node;
    const flagged = all(doc, 'td').filter((c) => attr(c, 'class') === 'flagged');
    expect(flagged.length).toBeGreaterThan(0);
    for (const c of flagged) expect(textOf(c)).toMatch(/（不符合勾稽关系）$/u);
    const blank = all(doc, 'td').find((c) => attr(c, 'data-cell') === 'applications.received[1]')!;
    expect(textOf(blank)).toMatch(/^—/u);
    expect(attr(all(doc, 'caption')[0]!, 'class')).toBe('repeat');
  });

  test('prints each page’s own values and flags though its pages share the layout, and a cell by its own key, span and flag', () => {
    const report = seedReport(0);
    const broken = seedReport(0);
    broken.applications.received[0] = (broken.applications.received[0] ?? 0) + 1;
    const received = (html: string) => all(parse(html) as unknown as Node, 'td').find((c) => attr(c, 'data-cell') === 'applications.received[0]')!;
    const before = received(tableHtml(applicationsTableModel(report, [])));
    const after = received(tableHtml(applicationsTableModel(broken, checkReport(broken))));
    const again = received(tableHtml(applicationsTableModel(report, [])));
    expect([textOf(before), attr(before, 'class')]).toEqual([String(report.applications.received[0]), undefined]);
    expect([textOf(after), attr(after, 'class')]).toEqual([`${broken.applications.received[0]}（不符合勾稽关系）`, 'flagged']);
    expect(again).toEqual(before);
    // Two cells of one headers array: each is printed by what it is.
    const headers = ['h'];
    const html = tableHtml({
      id: 't',
      caption: 'c',
      head: [[{ id: 'h', text: 'H', scope: 'col' }]],
      body: [{ headers: [], cells: [{ value: 1, key: 'a', headers, flagged: false }, { value: 2, key: 'b', headers, flagged: false, colspan: 2 }] }],
    });
    expect(html).toContain('<td headers="h" data-cell="a">1</td><td headers="h" colspan="2" data-cell="b">2</td>');
  });

  test('writes a table of a known layout, from its fixed parts, as it writes the same table cell by cell', () => {
    const tables = (report: ReturnType<typeof seedReport>) => [proactiveTableModel(report), applicationsTableModel(report, checkReport(report)), appealsTableModel(report, checkReport(report))];
    const broken = seedReport(1);
    broken.appeals.review[0] = (broken.appeals.review[0] ?? 0) + 1;
    broken.applications.received[2] = null;
    // Clean and broken reports of both templates, in turn: a layout's parts serve flagged cells and clean ones alike.
    for (const report of [seedReport(0), broken, seedReport(2), seedReport(3), seedReport(1), seedReport(4), broken]) {
      for (const model of tables(report)) {
        const { layout, ...cellByCell } = model;
        expect(layout).toBeDefined();
        for (const captionHidden of [false, true]) expect(tableHtml(model, { captionHidden })).toBe(tableHtml(cellByCell, { captionHidden }));
      }
    }
  });

  test('escapes text and attributes', () => {
    const html = tableHtml({ id: 't', caption: 'A & <B> "C"', head: [[{ text: '<th>', scope: 'col' }]], body: [] });
    expect(html).toContain('aria-label="表格：A &amp; <B> &quot;C&quot;"');
    expect(html).toContain('>A &amp; &lt;B&gt; &quot;C&quot;</caption>');
    expect(html).toContain('<th scope="col">&lt;th&gt;</th>');
  });
});
