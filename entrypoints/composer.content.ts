import { startCoach } from '@/lib/coach/start';

export default defineContentScript({
  // Chrome match patterns ignore ports: http://127.0.0.1/* covers the demo on any port.
  matches: ['*://*.zendesk.com/*', '*://mail.google.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  // Editors in frames: TinyMCE's iframe is about:srcdoc, reached through its parent's origin.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  cssInjectionMode: 'ui',
  main(ctx) {
    startCoach(ctx);
  },
});
