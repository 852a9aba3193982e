import GithubSlugger from 'github-slugger';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeHeadingIds from './rehype-heading-ids';

/**
 * Markdown → HTML for report narratives. Report bodies come from outside (agency pages,
 * imported files), so raw HTML is parsed and then sanitized (GitHub's allow-list):
 * no scripts, styles, event handlers or frames reach the page. Heading ids are added
 * after sanitizing, from a slugger the caller shares across one page.
 */
export function markdownRenderer(slugger = new GithubSlugger()): (markdown: string) => string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize)
    .use(rehypeHeadingIds, { slugger })
    .use(rehypeStringify)
    .freeze();
  return (markdown) => String(processor.processSync(markdown));
}
