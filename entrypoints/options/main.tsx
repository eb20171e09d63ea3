import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createEngineBench } from '../../lib/pages/engine-bench-client';
import { createOptionsStore } from '../../lib/pages/options-store';
import { getActiveRules, readManagedPolicy } from '../../lib/storage/rules';
import { getSettings } from '../../lib/storage/settings';
import '../../components/options/options.css';

// For admins (and the browser tests): in this page's DevTools console, `await rapport.getActiveRules()`
// shows the rules in effect and `await rapport.readManagedPolicy()` what the policy delivered.
Object.assign(window, { rapport: { getActiveRules, getSettings, readManagedPolicy } });

createRoot(document.getElementById('root')!).render(<OptionsApp store={createOptionsStore()} benchEngine={createEngineBench((request) => browser.runtime.sendMessage(request))} />);
