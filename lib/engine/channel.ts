/** Where a reply is going: each channel has its own structural expectations (greeting, closing, length). */
export const CHANNELS = ['email', 'chat', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];
export const DEFAULT_CHANNEL: Channel = 'email';

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
