/**
 * The channel the agent chose for a site in the popup (email, chat or social), kept per host in local storage.
 * Stored as a list of entries, never as an object keyed by host names from pages.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { CHANNELS, type Channel } from '../engine/channel';

const entrySchema = z.object({ host: z.string().min(1).max(253), channel: z.enum(CHANNELS) });
export type SiteChannel = z.output<typeof entrySchema>;

/** Enough for every helpdesk an agent uses; the oldest choice goes first. */
export const MAX_SITE_CHANNELS = 200;

const item = storage.defineItem<unknown>('local:siteChannels', { fallback: [], version: 1 });

/** The stored entries that are well formed; anything damaged is dropped rather than trusted. */
export function siteChannelsFrom(value: unknown): SiteChannel[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_SITE_CHANNELS).flatMap((entry) => {
    const parsed = entrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export function channelForHost(entries: readonly SiteChannel[], host: string): Channel | null {
  return entries.find((e) => e.host === host)?.channel ?? null;
}

/** The entries with this host's choice set (or cleared with null), newest last. */
export function withSiteChannel(entries: readonly SiteChannel[], host: string, channel: Channel | null): SiteChannel[] {
  const others = entries.filter((e) => e.host !== host);
  const next = channel ? [...others, { host, channel }] : others;
  return next.slice(-MAX_SITE_CHANNELS);
}

export async function getSiteChannel(host: string): Promise<Channel | null> {
  return channelForHost(siteChannelsFrom(await item.getValue()), host);
}

export async function setSiteChannel(host: string, channel: Channel | null): Promise<void> {
  await item.setValue(withSiteChannel(siteChannelsFrom(await item.getValue()), host, channel));
}

export function watchSiteChannel(host: string, callback: (channel: Channel | null) => void): () => void {
  return item.watch((value) => callback(channelForHost(siteChannelsFrom(value), host)));
}
