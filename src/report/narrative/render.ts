import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import { plainMarkdownHtml } from './plain';
import rehypeHeadingIds from './rehype-heading-ids';

const hasRaw = (node: Nodes): boolean => node.type === 'raw' || ('children' in node && node.children.some(hasRaw));

/**
 * rehype-raw for a tree that has raw HTML. It parses the whole tree again through parse5 whatever
 * it holds, a third of the rendering time; most report bodies have no HTML in them at all.
 */
function rehypeRawWhereNeeded(this: Processor) {
  const parse = rehypeRaw.call(this) as (tree: Root, file: VFile) => Root;
  return (tree: Root, file: VFile) => (hasRaw(tree) ? parse(tree, file) : tree);
}

/**
 * Markdown → HTML for report narratives. Report bodies come from outside (agency pages,
 * imported files), so raw HTML is parsed and then sanitized (GitHub's allow-list):
 * no scripts, styles, event handlers or frames reach the page. Heading ids are added
 * after sanitizing, from a slugger the caller shares across one page.
 */
export const markdownPipeline = (slugger: GithubSlugger) =>
  unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawWhereNeeded)
    .use(rehypeSanitize)
    .use(rehypeHeadingIds, { slugger })
    .use(rehypeStringify)
    .freeze();

/** The pipeline's HTML for a report narrative; a body of plain headings and paragraphs, as most are, written without it (./plain.ts). */
export function markdownRenderer(slugger = new GithubSlugger()): (markdown: string) => string {
  const processor = markdownPipeline(slugger);
  const slug = (text: string) => slugger.slug(text);
  return (markdown) => plainMarkdownHtml(markdown, slug) ?? String(processor.processSync(markdown));
}
