// Zendesk fixture: ticket tabs (every pane stays in the DOM, one is active) and the composer's
// public reply / internal note switch.
import { markReady, startSiteDemo } from './common';

const api = startSiteDemo();

function activate(ticket: string): void {
  for (const pane of document.querySelectorAll<HTMLElement>('#main_panes > .zd-pane')) {
    const active = pane.dataset.ticket === ticket;
    pane.hidden = !active;
    pane.querySelector('.zd-pane__grid')?.setAttribute('data-is-active', String(active));
  }
  for (const tab of document.querySelectorAll<HTMLElement>('[data-demo-tab]')) tab.setAttribute('aria-pressed', String(tab.dataset.demoTab === ticket));
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const tab = target?.closest<HTMLElement>('[data-demo-tab]');
  if (tab?.dataset.demoTab) activate(tab.dataset.demoTab);
  const toggle = target?.closest<HTMLElement>('[data-demo-note-toggle]');
  const switcher = toggle?.closest('.zd-composer')?.querySelector<HTMLElement>('[data-demo-switch]');
  if (toggle && switcher) {
    const toNote = switcher.dataset.channel !== 'internal';
    switcher.dataset.channel = toNote ? 'internal' : 'email';
    switcher.setAttribute('aria-label', toNote ? 'Internal note' : 'Email');
    switcher.textContent = toNote ? 'Internal note' : 'Email';
    toggle.textContent = toNote ? 'Switch to public reply' : 'Switch to internal note';
    toggle.closest('.zd-composer')?.classList.toggle('zd-composer--note', toNote);
  }
});

markReady(api);
