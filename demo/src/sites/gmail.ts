// Gmail fixture: the reply box is already open and focused when the page loads, before any
// extension script runs (Gmail restores an open draft this way).
import { markReady, startSiteDemo } from './common';

const api = startSiteDemo();
const body = document.getElementById('gmail-reply-body');
if (body) {
  body.focus();
  const range = document.createRange();
  range.setStart(body.firstElementChild ?? body, 0);
  range.collapse(true);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}
markReady(api);
