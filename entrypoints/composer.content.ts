import { startWatcher } from '@/lib/engine-page/page-watcher';
import { BUILT_IN_MATCHES, COMPOSER_FRAME_OPTIONS } from '@/lib/store-schema/built-in-sites';

export default defineContentScript({
  // One list for the manifest, the settings and added sites (lib/store-schema/built-in-sites.ts).
  matches: BUILT_IN_MATCHES,
  ...COMPOSER_FRAME_OPTIONS,
  // Only the watcher runs in every frame; the coach is loaded into the frame where the agent writes.
  main(ctx) {
    startWatcher(ctx);
  },
});
