import GithubSlugger from 'github-slugger';
import { markdownRenderer } from './render';
import { PART_NUMERALS, splitNarrative, type PartNumeral } from './sections';

export { PART_NUMERALS, type PartNumeral } from './sections';

export interface RenderedPart {
  heading: string;
  id: string;
  html: string;
}

export interface RenderedNarrative {
  intro: string;
  parts: Partial<Record<PartNumeral, RenderedPart>>;
  rest: RenderedPart[];
}

/** Ids the page gives its own sections; narrative headings never take them. */
const RESERVED_IDS = ['main', 'proactive', 'applications', 'appeals', 'checks', 'downloads'];

/** A report body rendered once, cut into its numbered parts, ids unique across the page. */
export function renderNarrative(markdown: string | undefined): RenderedNarrative {
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);
  const markdownToHtml = markdownRenderer(slugger);
  // Parts often hold only their heading (the tables follow): an empty part renders to nothing.
  const render = (markdown: string) => (markdown.trim() ? markdownToHtml(markdown) : '');
  const { intro, parts, rest } = splitNarrative(markdown ?? '');
  const part = (p: { heading: string; markdown: string }): RenderedPart => ({
    heading: p.heading,
    id: slugger.slug(p.heading),
    html: render(p.markdown),
  });
  const rendered: RenderedNarrative['parts'] = {};
  for (const n of PART_NUMERALS) {
    const p = parts[n];
    if (p) rendered[n] = part(p);
  }
  return { intro: render(intro), parts: rendered, rest: rest.map(part) };
}
