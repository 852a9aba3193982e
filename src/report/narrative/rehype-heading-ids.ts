import type GithubSlugger from 'github-slugger';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Gives every heading an id from its text, with one slugger shared by all parts of a page,
 * so two parts that both have （一）存在问题 still get distinct ids.
 */
export default function rehypeHeadingIds(options: { slugger: GithubSlugger }) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (/^h[1-6]$/u.test(node.tagName) && node.properties.id === undefined) {
        node.properties.id = options.slugger.slug(toString(node));
      }
    });
  };
}
