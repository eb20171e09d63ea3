import { registerPageEngine } from '@/lib/engine-page/page-engine';

// Injected by the background into a frame only when the browser's engine cannot be reached; never listed in the manifest.
export default defineUnlistedScript(() => {
  registerPageEngine();
});
