import { FILTER_NAMES } from '../facets';
import { hasSearch, paramsFromState, stateFromParams, type SearchState } from '../url-state';
import { runSearch, type Search } from './engine';
import { loadShards } from './pagefind';
import { hitItem, renderFilters, summary } from './render';

/** The search page: reads the search from the URL, runs it, and keeps the URL in step with the form. */
const root = document.querySelector<HTMLElement>('[data-search]');
if (root) {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  let index: ReturnType<typeof loadShards> | undefined;
  let current = 0;
  let running: Search | undefined;
  let total = Infinity;
  /** The query string of the search shown or running. */
  let searched: string | undefined;
  /** A typed filter's change, searched a turn later unless the form is submitted meanwhile. */
  let changed: ReturnType<typeof setTimeout> | undefined;

  const openIndex = () => loadShards(root.dataset.base ?? '/', root.dataset.sites?.split(' ').filter(Boolean));

  const readForm = (): SearchState => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
    return stateFromParams(params);
  };

  const fillForm = (state: SearchState) => {
    (form.elements.namedItem('q') as HTMLInputElement).value = state.q;
    for (const name of FILTER_NAMES) {
      const field = form.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement;
      const value = state.filters[name] ?? '';
      // Until the counts arrive, a value from the URL needs an option of its own to stay chosen.
      if (field instanceof HTMLSelectElement && value && ![...field.options].some((o) => o.value === value)) field.append(new Option(value, value));
      field.value = value;
    }
    (form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
  };

  const showMore = async (focusFirst: boolean) => {
    const run = current;
    more.hidden = true;
    let shown = 0;
    for await (const hit of running!.next()) {
      if (run !== current) return;
      const item = hitItem(hit);
      list.append(item);
      if (focusFirst && shown === 0) item.querySelector('a')?.focus();
      shown++;
    }
    if (run !== current) return;
    more.hidden = shown === 0 || list.children.length >= total;
  };

  const search = async (state: SearchState) => {
    const run = ++current;
    searched = paramsFromState(state).toString();
    root.setAttribute('aria-busy', 'true');
    if (!hasSearch(state)) {
      status.textContent = '请输入要查找的词语，例如：依申请公开、政府开放日、机关名称。';
      list.replaceChildren();
      more.hidden = true;
      root.removeAttribute('aria-busy');
      return;
    }
    status.textContent = '正在搜索…';
    list.replaceChildren();
    more.hidden = true;
    try {
      index ??= openIndex();
      const { shards, leadFor, leadPageOf, holdersOf, pageOf } = await index;
      if (run !== current) return;
      running = runSearch(shards, state, leadFor(state.q), holdersOf(state.q), (shard) => pageOf(shard, state.q), () => leadPageOf(state.q));
      total = Infinity;
      // The first hits show as soon as the first shard has them; the totals follow.
      await showMore(false);
      if (run !== current) return;
      if (list.children.length > 0) status.textContent = '正在统计全部结果…';
      const totals = await running.totals();
      if (run !== current) return;
      total = totals.total;
      more.hidden = list.children.length === 0 || list.children.length >= total;
      renderFilters(form, totals.counts, state);
      status.textContent = summary(state, totals.total, totals.exact);
    } catch (e) {
      if (run !== current) return;
      index = undefined;
      status.textContent = `搜索暂时无法使用（${(e as Error).message}）。请稍后再试，或按地区浏览全部报告。`;
    } finally {
      if (run === current) root.removeAttribute('aria-busy');
    }
  };

  const go = (state: SearchState) => {
    const query = paramsFromState(state).toString();
    const asked = query ? `?${query}` : '';
    // The same search asked for again runs again, without a second history entry.
    history[location.search === asked ? 'replaceState' : 'pushState'](null, '', asked || location.pathname);
    void search(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(changed);
    go(readForm());
  });
  form.addEventListener('change', (event) => {
    const field = event.target;
    if (field instanceof HTMLSelectElement) go(readForm());
    // Enter in a typed filter changes it and then submits the form, in one turn: the submit searches, once.
    else if (field instanceof HTMLInputElement && field.list && paramsFromState(readForm()).toString() !== searched) {
      clearTimeout(changed);
      changed = setTimeout(() => go(readForm()), 0);
    }
  });
  // A suggestion picked from a typed filter's list applies at once, as an option picked from a list does;
  // typing applies on Enter or on leaving the field.
  form.addEventListener('input', (event) => {
    const picked = !(event instanceof InputEvent) || event.inputType === 'insertReplacementText';
    if (picked && event.target instanceof HTMLInputElement && event.target.list) go(readForm());
  });
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    const state = stateFromParams(new URLSearchParams(location.search));
    fillForm(state);
    void search(state);
  });

  const initial = stateFromParams(new URLSearchParams(location.search));
  fillForm(initial);
  root.classList.add('search-ready');
  void search(initial);
  // Opened without a search, the page gets the newest shard ready while the reader types, so the
  // first search only waits for its words' part of the index. Problems show when searching.
  if (!hasSearch(initial)) {
    index ??= openIndex();
    index.then(({ shards }) => shards[0]!.warm()).catch(() => undefined);
  }
}
