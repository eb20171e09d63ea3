// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startAnalysisScheduler } from './analysis-scheduler';
import { sameFinding, startApply, type ApplyFeature } from './apply';
import { findingsIn } from './testing/fakes';
import { useHarness, type Harness } from './testing/harness';

let h: Harness;
let applying: ApplyFeature;
const status = () => h.session.store.get().status;
const current = useHarness('Hello. You need to restart it.', (started) => {
  applying = startApply(started.session, startAnalysisScheduler(started.session, started.checker, started.gate));
});
beforeEach(() => {
  h = current();
});

const shown = () => h.session.store.get().findings;

describe('Apply', () => {
  it('writes the rewording through the editor, says so, counts it and checks the new text', async () => {
    expect(await applying.apply(shown()[0]!, 0)).toBe('applied');
    expect(h.field.value).toBe('Hello. Could you restart it.');
    expect(status()).toBe('Applied. Ctrl+Z undoes it.');
    expect(h.session.draft!.applied).toBe(1);
    expect(h.session.draft!.analysedText).toBe('Hello. Could you restart it.');
    expect(shown()).toEqual([]);
  });

  it('on a draft that changed since (undo, a macro), checks again first and applies where the same finding now is', async () => {
    const old = shown()[0]!;
    h.field.value = 'Hi Sam, thanks for waiting. You need to restart it.'; // No event yet: the coach is stale.
    expect(await applying.apply(old, 0)).toBe('applied');
    expect(h.field.value).toBe('Hi Sam, thanks for waiting. Could you restart it.');
    expect(h.checker.calls.map((c) => c.text)).toContain('Hi Sam, thanks for waiting. You need to restart it.');
  });

  it('on a draft that changed since, says why when the finding is no longer there, and writes nothing', async () => {
    const old = shown()[0]!;
    h.field.value = 'Hello. Please restart it.';
    expect(await applying.apply(old, 0)).toBe('gone');
    expect(h.field.value).toBe('Hello. Please restart it.');
    expect(status()).toMatch(/no longer fits: “You need to” is not in the reply/);
    expect(h.session.draft!.analysedText).toBe('Hello. Please restart it.');
  });

  it('says so when the editor refuses the change', async () => {
    h.session.detach();
    const refusing = { ...h.session.draft, ...(await import('./testing/fakes')).fakeFieldAdapter, replace: async () => false };
    h.attach(h.field, refusing);
    await vi.advanceTimersByTimeAsync(0);
    expect(await applying.apply(shown()[0]!, 0)).toBe('refused');
    expect(status()).toBe('This editor did not accept the change; nothing was modified.');
    expect(h.session.draft!.applied).toBe(0);
  });

  it('says the change was not taken back when the editor refused it but the draft holds part of it (take-back.ts)', async () => {
    h.session.detach();
    const fakes = await import('./testing/fakes');
    // The editor kept "Hi Sam," of a greeting and the agent typed into it: the take-back left both, the agent's typing whole.
    const halfKept = {
      ...fakes.fakeFieldAdapter,
      async replace(root: HTMLElement) {
        (root as HTMLTextAreaElement).value = `Hi Sam, thanks ${h.field.value}`;
        return false;
      },
    };
    h.attach(h.field, halfKept);
    await vi.advanceTimersByTimeAsync(0);
    expect(await applying.apply(shown()[0]!, 0)).toBe('refused');
    expect(status()).toBe('This editor did not take the whole change, and Rapport stopped undoing it rather than touch your typing: check the reply (Ctrl+Z and Ctrl+Y step through it).');
    expect(status()).not.toMatch(/nothing was modified/);
  });

  describe('the status follows the draft after an Apply', () => {
    /** The draft as the agent's editor leaves it (its Ctrl+Z, typing), once the coach has checked it. */
    const edit = async (text: string) => {
      h.field.value = text;
      h.session.emit('changed', 0);
      await vi.advanceTimersByTimeAsync(0);
      expect(h.session.draft!.analysedText).toBe(text);
    };

    it('says "Undone." once the check sees the text from before the Apply again, and "Applied" again after a redo', async () => {
      await applying.apply(shown()[0]!, 0);
      await edit('Hello. You need to restart it.');
      expect(status()).toBe('Undone.');
      expect(shown().map((f) => f.text)).toEqual(['You need to']);
      await edit('Hello. Could you restart it.');
      expect(status()).toBe('Applied. Ctrl+Z undoes it.');
    });

    it('clears it when the agent types on, and an undo of several steps back to the start still says "Undone."', async () => {
      await applying.apply(shown()[0]!, 0);
      await edit('Hello. Could you restart it. Thanks');
      expect(status()).toBe('');
      await edit('Hello. Could you restart it.');
      await edit('Hello. You need to restart it.');
      expect(status()).toBe('Undone.');
    });

    it("reads a no-break space as a space and ignores a trailing line break (an editor's undo may give either)", async () => {
      await applying.apply(shown()[0]!, 0);
      await edit('Hello.\u00a0You need to restart it.\n');
      expect(status()).toBe('Undone.');
    });

    it('follows the draft the editor holds when the agent types before the check after the Apply is done', async () => {
      h.checker.hold = true;
      const applied = applying.apply(shown()[0]!, 0);
      await vi.advanceTimersByTimeAsync(0);
      expect(h.field.value).toBe('Hello. Could you restart it.'); // Written; its check still running.
      h.field.value = 'Hello. Could you restart it. Thanks';
      h.session.emit('changed', 0); // Supersedes the check of the applied text.
      await vi.advanceTimersByTimeAsync(0);
      h.checker.hold = false;
      h.checker.release();
      expect(await applied).toBe('applied');
      await vi.advanceTimersByTimeAsync(0);
      expect(h.session.draft!.analysedText).toBe('Hello. Could you restart it. Thanks');
      expect(status()).toBe('');
      await edit('Hello. Could you restart it.');
      expect(status()).toBe('Applied. Ctrl+Z undoes it.');
      await edit('Hello. Could you restart it. Thanks');
      expect(status()).toBe('');
      await edit('Hello. You need to restart it.');
      expect(status()).toBe('Undone.');
    });

    it("leaves another feature's status alone, and a check of the same text changes nothing", async () => {
      await applying.apply(shown()[0]!, 0);
      h.session.store.set({ status: 'Dismissed for this reply.' });
      await edit('Hello. You need to restart it.');
      expect(status()).toBe('Dismissed for this reply.');
      await applying.apply(shown()[0]!, 0);
      h.session.store.set({ status: '' }); // The agent reopened the list.
      h.session.emit('recheck', 0);
      await vi.advanceTimersByTimeAsync(0);
      expect(status()).toBe('');
    });
  });

  it('says so when there is no draft any more', async () => {
    const finding = shown()[0]!;
    h.session.detach();
    expect(await applying.apply(finding, 0)).toBe('refused');
    expect(status()).toMatch(/no reply box/);
  });
});

describe('sameFinding', () => {
  const text = 'You need to go. You need to wait. You need to call.';
  const [first, , third] = findingsIn(text);
  it.each([
    ['the same finding moved by an edit before it', `Hi. ${text}`, 4, 38],
    ['the nearest of several', text, 0, 34],
  ])('finds %s', (_label, newText, firstStart, thirdStart) => {
    expect(sameFinding(findingsIn(newText), first!, 'Could you')?.start).toBe(firstStart);
    expect(sameFinding(findingsIn(newText), third!, 'Could you')?.start).toBe(thirdStart);
  });
  it('finds nothing when the words or the rewording differ', () => {
    expect(sameFinding(findingsIn('Please go.'), first!, 'Could you')).toBeUndefined();
    expect(sameFinding(findingsIn(text), first!, 'Would you')).toBeUndefined();
  });
});
