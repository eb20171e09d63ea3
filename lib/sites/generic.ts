import { Readability } from '@mozilla/readability';
import { composerFromWords } from './composer-words';
import { clip, type SiteAdapter } from './types';

/** Pages larger than this are not parsed: the fallback must stay cheap. */
const MAX_PAGE_NODES = 5000;

/**
 * Any other page: Readability's main text on a copy of the document, with editable fields (the
 * agent's own draft) removed first; the composer's mode and channel from the words near it.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  read(doc) {
    if (!doc.body || doc.getElementsByTagName('*').length > MAX_PAGE_NODES) return null;
    const copy = doc.cloneNode(true) as Document;
    copy.querySelectorAll('[contenteditable], textarea, input, script, style, [data-rapport-host]').forEach((el) => el.remove());
    const article = new Readability(copy, { charThreshold: 100 }).parse();
    const text = article?.textContent?.trim();
    return text ? { message: clip(text) } : null;
  },
  composer: composerFromWords,
};
