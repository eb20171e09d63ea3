// Shared behaviour of the site fixtures (zendesk.html, gmail.html, outlook.html and the helpdesks): their send
// controls "send" the composer they name (record it, clear it), the way the real sites do, and
// `window.__site` lets browser tests see what was sent.
import './sites.css';

export interface SiteDemoApi {
  ready: boolean;
  /** Sent replies, oldest first: the composer's id and its text. */
  sent: { composer: string; text: string }[];
}

declare global {
  interface Window {
    __site: SiteDemoApi;
  }
}

export function startSiteDemo(): SiteDemoApi {
  const api: SiteDemoApi = { ready: false, sent: [] };
  window.__site = api;

  const send = (composerId: string) => {
    const composer = document.getElementById(composerId);
    if (!composer) return;
    const text = composer.innerText.trim();
    api.sent.push({ composer: composerId, text });
    const item = document.createElement('li');
    item.textContent = `${composerId}: ${text || '(empty)'}`;
    document.getElementById('sent-list')?.appendChild(item);
    // The sites clear the reply box once it has gone out.
    composer.innerHTML = composer.tagName === 'DIV' && composer.classList.contains('ck-editor__editable') ? '<p><br></p>' : '<div><br></div>';
    composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContent' }));
    document.dispatchEvent(new CustomEvent('demo:sent', { detail: { composer: composerId } }));
  };

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const sender = target?.closest<HTMLElement>('[data-demo-send]');
    if (sender?.dataset.demoSend) {
      sender.closest('[role="menu"]')?.setAttribute('hidden', '');
      send(sender.dataset.demoSend);
      return;
    }
    const trigger = target?.closest<HTMLElement>('[data-demo-menu]');
    const menu = trigger?.dataset.demoMenu ? document.getElementById(trigger.dataset.demoMenu) : null;
    if (trigger && menu) {
      const open = menu.hasAttribute('hidden');
      menu.toggleAttribute('hidden', !open);
      trigger.setAttribute('aria-expanded', String(open));
    }
  });

  document.addEventListener('click', switchComposerTab);

  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (!target) return;
    // div[role=button] send controls (Gmail's) activate with Enter and Space.
    if (target.getAttribute('role') === 'button' && target.dataset.demoSend && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      send(target.dataset.demoSend);
      return;
    }
    const composer = target.closest<HTMLElement>('[data-demo-composer]');
    if (!composer || event.key !== 'Enter' || event.isComposing) return;
    if (event.ctrlKey || event.metaKey || (composer.hasAttribute('data-demo-enter-sends') && !event.shiftKey)) {
      event.preventDefault();
      send(composer.id);
    }
  });

  return api;
}

/**
 * A composer's Reply / Note tabs (Intercom's): the chosen tab is marked, and the composer's container named by the
 * bar's data-demo-tabs carries the note class the site uses (data-demo-note-class) while the Note tab is chosen.
 */
function switchComposerTab(event: MouseEvent): void {
  const tab = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-demo-tab]') : null;
  const bar = tab?.closest<HTMLElement>('[data-demo-tabs]');
  const composer = bar?.dataset.demoTabs ? document.getElementById(bar.dataset.demoTabs) : null;
  if (!tab || !bar || !composer) return;
  event.preventDefault();
  for (const other of bar.querySelectorAll<HTMLElement>('[data-demo-tab]')) {
    other.classList.toggle('o__selected', other === tab);
    other.setAttribute('aria-selected', String(other === tab));
  }
  if (bar.dataset.demoNoteClass) composer.classList.toggle(bar.dataset.demoNoteClass, tab.dataset.demoTab === 'note');
}

export function markReady(api: SiteDemoApi): void {
  api.ready = true;
  document.documentElement.dataset.demoReady = 'true';
}
