/**
 * When the optional end-of-day nudge fires next: the first instant after `now` whose local
 * wall-clock time is `HH:MM`, in the runtime's own time zone (the agent's). Uses Date's local
 * calendar fields, so a DST change between today and tomorrow keeps the wall-clock time; on a
 * spring-forward day a time inside the skipped hour fires just after the jump.
 */
export function nextNudgeAt(now: number, time: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new Error(`Not a time of day: ${time}`);
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  const at = new Date(now);
  at.setHours(hours, minutes, 0, 0);
  if (at.getTime() <= now) {
    at.setDate(at.getDate() + 1);
    at.setHours(hours, minutes, 0, 0);
  }
  return at.getTime();
}
