import type { Channel } from '../../lib/engine/channel';

const OPTIONS: { channel: Channel; label: string; hint: string }[] = [
  { channel: 'email', label: 'Email', hint: 'greeting, closing line, sign-off' },
  { channel: 'chat', label: 'Chat', hint: 'a welcome in the first message only' },
  { channel: 'social', label: 'Social', hint: 'short public replies, no sign-off' },
];

/** Where this site's replies go; the agent flips it, and each channel has its own expectations. */
export function ChannelSwitch({ channel, disabled, onChange }: { channel: Channel; disabled: boolean; onChange(channel: Channel): void }) {
  return (
    <fieldset className="channel-switch">
      <legend>Replies on this site are</legend>
      {OPTIONS.map((o) => (
        <label key={o.channel} title={o.hint}>
          <input type="radio" name="rapport-channel" value={o.channel} checked={channel === o.channel} disabled={disabled} onChange={() => onChange(o.channel)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
