// Outlook on the web fixture: a reply form under the conversation.
import { markReady, startSiteDemo } from './common';

markReady(startSiteDemo());
