import type GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';

const HEADING = /^h[1-6]$/u;

/**
 * Gives every heading an id from its text, with one slugger shared by all parts of a page,
 * so two parts that both have （一）存在问题 still get distinct ids. Walked by hand: markdown
 * headings are never nested, and unist-util-visit's bookkeeping took a tenth of the rendering.
 */
export default function rehypeHeadingIds(options: { slugger: GithubSlugger }) {
  const walk = (parent: Root | Element) => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue;
      if (HEADING.test(node.tagName)) {
        if (node.properties.id === undefined) node.properties.id = options.slugger.slug(toString(node));
      } else {
        walk(node);
      }
    }
  };
  return walk;
}
