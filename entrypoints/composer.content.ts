import { startCoach } from '@/lib/coach/start';
import { BUILT_IN_MATCHES, COMPOSER_FRAME_OPTIONS } from '@/lib/store-schema/built-in-sites';

export default defineContentScript({
  // One list for the manifest, the settings and added sites (lib/store-schema/built-in-sites.ts).
  matches: BUILT_IN_MATCHES,
  ...COMPOSER_FRAME_OPTIONS,
  cssInjectionMode: 'ui',
  main(ctx) {
    startCoach(ctx);
  },
});
