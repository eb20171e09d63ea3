// Freshdesk, Help Scout, Intercom and Front fixtures: send controls record what they send (common.ts), and
// a composer's Reply / Note tabs switch its mode the way the sites do: the selected tab is marked, and the
// composer's container carries the note class the site uses (named by the tab's data-demo-note-class).
import { markReady, startSiteDemo } from './common';

const api = startSiteDemo();

document.addEventListener('click', (event) => {
  const tab = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-demo-tab]') : null;
  const bar = tab?.closest<HTMLElement>('[data-demo-tabs]');
  const target = bar?.dataset.demoTabs ? document.getElementById(bar.dataset.demoTabs) : null;
  if (!tab || !bar || !target) return;
  event.preventDefault();
  for (const other of bar.querySelectorAll<HTMLElement>('[data-demo-tab]')) {
    const chosen = other === tab;
    other.classList.toggle(bar.dataset.demoSelectedClass ?? 'o__selected', chosen);
    other.setAttribute('aria-selected', String(chosen));
  }
  const noteClass = bar.dataset.demoNoteClass;
  if (noteClass) target.classList.toggle(noteClass, tab.dataset.demoTab === 'note');
});

markReady(api);
