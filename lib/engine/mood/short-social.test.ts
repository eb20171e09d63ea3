/**
 * Short public messages (session 23, the real social replies): what a tweet shows is read for what it is. A count of
 * the customer's own tries or of a fault recurring is no repeat contact; asking for help twice is still asking; thanks
 * with a smile, or after "we'd like…", means it; "working great before" and a screen's own words in quotes are no
 * sarcasm; "takes up 95% of my CPU" is no price rise. Each family keeps its near misses upset.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';

const upset = (message: string) => (readMood(message)?.moods ?? []).some((m) => UPSET_MOODS.includes(m));
const cues = (message: string) => (readMood(message)?.evidence ?? []).map((e) => e.cue);

describe('a count of times is a repeat contact only when the customer got in touch', () => {
  it.each([
    ['their own reboots', 'Rebooted the router several times this morning, the lights just blink orange. What should I check?'],
    ['their own tries, twice counted', 'Every time I open the app it asks me to log in, and every time the code comes through late.'],
    ['a device repeating itself', 'My smart plug switched itself off 6 times overnight.'],
    ['reinstalls', 'Tried reinstalling the game multiple times, it still sits on the loading screen'],
    ['a setting that comes back', 'each time I update the firmware my presets reset to factory'],
    ['a quiz show recording', 'the recorder caught the first episode two times but never the second'],
  ])('reads no repeat contact in %s', (_name, message) => {
    expect(cues(message)).not.toContain('repeat-contact');
  });

  it('leaves a calm report with the customer\'s own tries calm', () => {
    expect(upset('Rebooted the router several times this morning, the lights just blink orange. What should I check?')).toBe(false);
    expect(upset('Tried reinstalling the game multiple times, it still sits on the loading screen')).toBe(false);
  });

  it.each([
    ['emails counted', "I've emailed you three times about this refund."],
    ['calls counted', 'I called four times last week and nobody picked up.'],
    ['rang, in slang', 'rang you guys multiple times today, zero callback'],
    ['an ordinal', 'This is the third time I have had to message you.'],
    ['tickets raised', 'Opened 3 tickets and every time I get the same bot answer'],
    ['DMs every time', 'every time I DM you I get the same link to the FAQ. Again.'],
    ['tries at what only we can do', "tried to cancel my plan 3 times on your site and it won't go through"],
  ])('still reads a repeat contact in %s', (_name, message) => {
    expect(cues(message)).toContain('repeat-contact');
    expect(upset(message)).toBe(true);
  });
});

describe('asking for help twice is still asking', () => {
  it.each([
    ['two pleas', "Please help me, I can't see where to change my address. Please help!"],
    ['folded hands', '🙏🙏 can you add the director\'s cut to the app'],
    ['help me, help me', 'help me out here pls, which cable do I need for the soundbar? help me'],
  ])('reads no upset in %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });

  it.each([
    ['a plea beside a hack', "Please help, my account was hacked and they're spending my money"],
    ['a plea beside a named worry', "Please help me, I'm so worried my booking has gone"],
    ['a plea beside a fault and shouting', 'PLEASE HELP ME!! NOTHING WORKS on my account'],
  ])('still reads the upset in %s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });
});

describe('thanks that mean it', () => {
  it.each([
    ['a smile after the thanks', "I'm into documentaries, true crime and cooking shows!! Thank you :)"],
    ['a smile with a nose', 'any good podcasts for a long drive?? thanks :-)'],
    ['"we would like" is a request', 'Our notifications keep getting disabled after each update. We would like them to stay on. Thanks'],
  ])('reads no sarcasm in %s', (_name, message) => {
    expect(cues(message)).not.toContain('sarcasm');
    expect(upset(message)).toBe(false);
  });

  it.each([
    ['a bare thanks after a loss', 'Lost my parcel again!! Thanks.'],
    ['thanks for nothing', 'Three weeks, no refund. Thanks for nothing :)'],
  ])('still reads a thanks as sarcasm or upset in %s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });
});

describe('praise and quotes that describe, not mock', () => {
  it.each([
    ['"working great until"', 'The app was working great until this week, now it crashes when I upload a photo.'],
    ['"ran perfectly before"', 'My laptop ran perfectly before the update and now the fan never stops.'],
    ['what a banner says', 'The banner says "offline" but I can stream fine on my laptop'],
    ['what a popup showed', 'A popup showed "syncing" and then all my folders were duplicated!!'],
  ])('reads no sarcasm in %s', (_name, message) => {
    expect(cues(message)).not.toContain('sarcasm');
  });

  it.each([
    ['praise standing alone', 'Great. The order is late again.'],
    ['scare quotes on a promise', 'Your "express" delivery took nine days and nobody replied.'],
  ])('still reads sarcasm in %s', (_name, message) => {
    expect(cues(message)).toContain('sarcasm');
  });
});

describe('a percentage of the machine is no price rise', () => {
  it('reads no money cue in "takes up 95% of my CPU"', () => {
    expect(cues('The launcher takes up 95% of my CPU even when idle.')).not.toContain('money');
    expect(cues('the sync client is using 100% of the disk all day')).not.toContain('money');
  });

  it('still reads a price that went up by a share', () => {
    expect(cues('My premium went up 40% this year with no claims.')).toContain('money');
  });
});

describe('what was lost or never came, said as a fact', () => {
  it('reads "my money is gone" as money, even after "was not there"', () => {
    expect(cues('bought the upgrade and it was not there, my money is gone')).toContain('money');
    expect(cues('all my coins have vanished since the patch')).toContain('money');
  });

  it('reads "never got a response" as a wait on us', () => {
    expect(cues('I sent a ticket two weeks ago and never got a response')).toContain('waiting');
    expect(cues('I never got a reply to my complaint')).toContain('waiting');
  });

  it('leaves money that is only talked about alone', () => {
    expect(cues('Where does my money go when I top up the card?')).not.toContain('money');
  });
});

describe('a fault recurring keeps its own line', () => {
  it('offers "I\'m sorry this keeps happening" for a count read as a recurrence', () => {
    const reading = readMood('the app signed me out 4 times this morning, sort it');
    expect(reading?.evidence.map((e) => e.cue)).toContain('broken');
    expect(reading?.acknowledgements.map((a) => a.sentence)).toContain("I'm sorry this keeps happening — that's not good enough.");
  });
});
