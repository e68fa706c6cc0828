import { LoadError } from '../shared/load-error.js';
import { loadXmlDocument } from '../shared/load-xml-document.js';
import { feedDocumentReader, readFeed, type FeedReader } from '../shared/parse-feed.js';
import { selectItems } from '../shared/related-item.js';
import type { SourceContext } from '../shared/remote-source.js';

// Loaded on demand by <related-articles> when it is given a `src` (in parallel with the feed
// itself): lists from `items` or inline JSON never download the RSS, Atom and JSON Feed readers.

/**
 * Reads a fetched feed once; the reader reads its items lazily, only as far as `max` needs.
 * Reading the first item turns a malformed or empty feed into an error.
 * @throws LoadError
 */
export async function readFeedSource(
  text: string,
  type: string,
  base: string,
  { signal, credentials }: SourceContext,
): Promise<FeedReader> {
  let feed: FeedReader;
  let first;
  try {
    feed = readFeed(text, type, base);
    first = selectItems(feed(), 1);
  } catch (error) {
    // Trusted Types block our policy, and DOMParser is a sink even for XML: let
    // XMLHttpRequest parse the feed instead (no sink), fetching it once more.
    if (!(error instanceof LoadError && error.code === 'blocked')) throw error;
    const doc = await loadXmlDocument(base, { signal, credentials });
    feed = feedDocumentReader(doc, base);
    first = selectItems(feed(), 1);
  }
  if (first.length === 0) throw new LoadError('shape', 'the feed has no usable items');
  return feed;
}
