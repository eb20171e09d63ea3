import { clip, firstName, type SiteAdapter } from './types';

/** Gmail: message bodies are `.a3s`, the sender is `.gD[name]` in the same message. */
export const gmail: SiteAdapter = {
  id: 'gmail',
  matches: (doc) => doc.location?.hostname === 'mail.google.com' || doc.querySelector('.a3s') !== null,
  read(doc) {
    const bodies = [...doc.querySelectorAll<HTMLElement>('.a3s')].filter((b) => !b.closest('[contenteditable="true"]'));
    const latest = bodies.at(-1);
    if (!latest) return null;
    const senders = [...doc.querySelectorAll<HTMLElement>('.gD[name]')];
    const sender = senders.at(-1)?.getAttribute('name');
    return { message: clip(latest.innerText || latest.textContent || ''), name: firstName(sender) };
  },
};
