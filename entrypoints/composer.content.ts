import { startWatcher } from '@/lib/engine-host/page-watcher';

export default defineContentScript({
  // Chrome match patterns ignore ports: http://127.0.0.1/* covers the demo on any port.
  matches: ['*://*.zendesk.com/*', '*://mail.google.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  // Editors in frames: TinyMCE's iframe is about:srcdoc, reached through its parent's origin.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // Only the watcher runs in every frame; the coach is loaded into the frame where the agent writes.
  main(ctx) {
    startWatcher(ctx);
  },
});
