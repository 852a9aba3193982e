/** An Atom 1.0 (RFC 4287) document, written by hand: a dozen elements do not need a library. */
export interface AtomEntry {
  /** Absolute URL of the page; also the entry's id. */
  url: string;
  title: string;
  /** YYYY-MM-DD */
  updated: string;
  author: string;
  summary?: string | undefined;
}

export interface AtomFeed {
  title: string;
  subtitle?: string | undefined;
  /** Absolute URL of the feed itself; also the feed's id. */
  selfUrl: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  author: string;
  /** Newest first. */
  entries: AtomEntry[];
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Reports carry dates without a time: midnight, China Standard Time. */
const timestamp = (date: string) => `${date}T00:00:00+08:00`;

/** The feed's `updated` is its newest entry's, so the same content always gives the same bytes. */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.map((e) => e.updated).sort().at(-1) ?? '1970-01-01';
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${escapeXml(e.url)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <updated>${timestamp(e.updated)}</updated>`,
      `    <published>${timestamp(e.updated)}</published>`,
      `    <author><name>${escapeXml(e.author)}</name></author>`,
      ...(e.summary ? [`    <summary>${escapeXml(e.summary)}</summary>`] : []),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
