/** Where a reply is going: each channel has its own structural expectations (greeting, closing, length). */
export const CHANNELS = ['email', 'chat', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];
export const DEFAULT_CHANNEL: Channel = 'email';

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

type Severity = 'hint' | 'suggestion' | 'warning';
interface ChannelSetting {
  enabled?: boolean | undefined;
  severity?: Severity | undefined;
  /** A phrase rule's exemptions in this channel only (see lib/rules/schema.ts). */
  unless?: readonly string[] | undefined;
}
interface ChannelTunable {
  enabled: boolean;
  severity: Severity;
  channels?: Partial<Record<Channel, ChannelSetting | undefined>> | undefined;
}

/** A rule's `enabled` and `severity` in a channel: the channel's own settings win over the rule's top-level ones. */
export function ruleInChannel(rule: ChannelTunable, channel: Channel): { enabled: boolean; severity: Severity } {
  const own = rule.channels?.[channel];
  return { enabled: own?.enabled ?? rule.enabled, severity: own?.severity ?? rule.severity };
}

/** Is the rule on in at least one channel (so the analyzer compiles it)? */
export function onInSomeChannel(rule: ChannelTunable): boolean {
  return CHANNELS.some((channel) => ruleInChannel(rule, channel).enabled);
}
