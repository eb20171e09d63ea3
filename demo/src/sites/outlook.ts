// Outlook on the web fixture: a reply form under the conversation. The helpdesk fixtures (freshdesk.html,
// helpscout.html, intercom.html, front.html) load this too: they need nothing beyond common.ts.
import { markReady, startSiteDemo } from './common';

markReady(startSiteDemo());
