import { startInjectedCoach } from '@/lib/engine-page/page-coach';

// Injected by the background (scripting.executeScript) into the frame where the agent writes; never listed in the manifest.
export default defineUnlistedScript(() => {
  startInjectedCoach();
});
