/** Rapport's in-page UI: the badge, the list panel and the per-finding card. Props in, callbacks out. */
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { badgePlacement, cardBeside, panelPlacement, viewportOf, type BadgeSpot, type Box } from '../coach/geometry';
import type { Finding } from '../engine/types';
import { shownWords } from '../engine/shown-words';
import { changeParts, describeChange, sentenceAround } from './change';
import { FillIn } from './fill-in';
import { listFindings } from './groups';
import { badgeLabel, badgeTooltip, bandWord, incompleteNote, incompleteShort, messageWithoutPrinciple, NOT_CHECKED, NOT_CHECKED_FAILURE, principleName } from './labels';
import { findingKey, type CoachActions, type CoachView, type ViewStore } from './store';
// Every handler below runs only for the agent's own events: the shadow root is open, so a page
// script can reach these buttons and call `.click()` on them.
import { agentOnly } from '../coach/trusted';
import { thingsToKeepClearOf } from '../coach/keep-clear';
import { compositionTracker, isInputMethodKey } from '../coach/input-method-key';
import { checkedLine } from '../engine/structure/checked-line';

const BADGE_SIZE_GUESS = { width: 96, height: 26 };

/** `win`: the window the UI is drawn in, whose viewport places it (the page around an editor's frame, see lib/coach/surface.ts). */
export function CoachUi({ store, actions, win = window }: { store: ViewStore; actions: CoachActions; win?: Window }) {
  const view = useSyncExternalStore(store.subscribe, store.get);
  if (!view.visible) return null;
  const cardFinding = view.card ? view.findings.find((f) => findingKey(f) === view.card!.key) : undefined;
  return (
    <div className="ui">
      <Badge view={view} actions={actions} win={win} />
      {view.panelOpen && <Panel view={view} actions={actions} win={win} />}
      {view.card && cardFinding && <FindingCard finding={cardFinding} view={view} actions={actions} win={win} />}
      <div className="sr" role="status" aria-live="polite">
        {view.status}
      </div>
    </div>
  );
}

/**
 * The badge: a button (dot and count, named in full: "Rapport: 6 suggestions, warmth 5 of 100 (cold)…")
 * and, beside it in the same pill, the band as a word. The word sits outside the button so the
 * button's visible text stays part of its name (WCAG 2.5.3); clicking it does what the button does.
 */
function Badge({ view, actions, win }: { view: CoachView; actions: CoachActions; win: Window }) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(BADGE_SIZE_GUESS);
  const count = view.findings.length;
  const scored = view.checked && !view.failed;
  // The full badge's size (the compact one is fixed by the stylesheet), for placing it.
  useLayoutEffect(() => {
    if (ref.current && ref.current.dataset.compact !== 'false') return;
    const box = ref.current?.getBoundingClientRect();
    if (box && (Math.round(box.width) !== size.width || Math.round(box.height) !== size.height)) setSize({ width: Math.round(box.width), height: Math.round(box.height) });
  });
  // Where the badge was when the agent's pointer came onto it, for the editor's box then.
  const [held, setHeld] = useState<{ spot: BadgeSpot; editor: Box } | null>(null);
  const doc = win.document;
  const editor: Box = view.anchor.editor ?? { top: view.anchor.bottom - 32, left: view.anchor.right - 60, right: view.anchor.right, bottom: view.anchor.bottom };
  // Nothing moves under the pointer: while it is on the badge, a new count, the re-check or a mark of the editor's that
  // comes and goes with its focus (CKEditor's "Powered by", hidden once the press on the badge takes focus) leaves the
  // badge where it is, so a press and its release land on the same button. The editor moving re-places it.
  // A key pressed lets go (the pointer may rest on the badge while the agent types on: the badge still steps off the text).
  useEffect(() => {
    if (!held) return;
    const release = agentOnly(() => setHeld(null));
    doc.addEventListener('keydown', release, { capture: true });
    return () => doc.removeEventListener('keydown', release, { capture: true });
  }, [held, doc]);
  const spot =
    held && sameBox(held.editor, editor)
      ? held.spot
      : badgePlacement(viewportOf(win), editor, size, thingsToKeepClearOf(doc, editor, win), view.textNearBadge);
  // A check cut short by the engine's time says so.
  const partly = incompleteShort(view.incomplete);
  const tooltip = [badgeTooltip(count, view.warmth, view.band, view.checked, view.failed, partly), view.engineNote].filter(Boolean).join(' · ');
  return (
    <div
      ref={ref}
      className="badge"
      data-rapport="badge-pill"
      data-where={spot.where}
      data-compact={spot.compact || 'false'}
      data-band={view.failed ? undefined : view.band}
      title={tooltip}
      style={{ left: spot.left, top: spot.top }}
      onPointerEnter={agentOnly(() => setHeld({ spot, editor }))}
      // A key let go of the spot while the pointer stayed on the badge (no new pointerenter): moving or pressing takes it again.
      onPointerMove={agentOnly(() => setHeld((h) => h ?? { spot, editor }))}
      onPointerDown={agentOnly(() => setHeld((h) => h ?? { spot, editor }))}
      onPointerLeave={() => setHeld(null)}
    >
      <button
        type="button"
        className="badge__button"
        data-rapport="badge"
        data-band={view.failed ? undefined : view.band}
        data-checking={String(view.checking)}
        data-incomplete={view.incomplete ?? 'false'}
        data-count={count}
        data-checked={String(scored)}
        data-failed={String(view.failed)}
        aria-label={[badgeLabel(count, view.warmth, view.band, view.checked, view.failed, partly), view.engineNote].filter(Boolean).join(' ')}
        title={tooltip}
        aria-expanded={view.panelOpen}
        aria-haspopup="dialog"
        onClick={agentOnly(() => actions.togglePanel())}
      >
        <span className="dot" aria-hidden="true" />
        <span className="count" hidden={spot.compact === 'dot'}>{view.failed ? '!' : view.checked ? count : '–'}</span>
      </button>
      {scored && !spot.compact && (
        <span className="band" aria-hidden="true" onClick={agentOnly(() => actions.togglePanel())}>
          {bandWord(view.band)}
        </span>
      )}
    </div>
  );
}

function sameBox(a: Box, b: Box): boolean {
  return a.top === b.top && a.left === b.left && a.right === b.right && a.bottom === b.bottom;
}

function Panel({ view, actions, win }: { view: CoachView; actions: CoachActions; win: Window }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }, []);
  // Where the badge is drawn (measured after layout): the list keeps clear of it.
  const [badgeBox, setBadgeBox] = useState<Box | undefined>(undefined);
  useLayoutEffect(() => {
    const pill = (ref.current?.getRootNode() as ShadowRoot | Document | undefined)?.querySelector('[data-rapport="badge-pill"]');
    const r = pill?.getBoundingClientRect();
    const box = r && r.width > 0 ? { top: r.top, left: r.left, right: r.right, bottom: r.bottom } : undefined;
    if (box ? !badgeBox || !sameBox(box, badgeBox) : badgeBox) setBadgeBox(box);
  });
  // The heading is sticky: a control focused while scrolling up must land below it, never under it (WCAG 2.4.11).
  const headerRef = useRef<HTMLElement>(null);
  const [headingHeight, setHeadingHeight] = useState(0);
  useLayoutEffect(() => {
    const height = headerRef.current?.offsetHeight ?? 0;
    if (height !== headingHeight) setHeadingHeight(height);
  });
  // Android's keyboards mark every key 229: it is the input method's only around a composition in the list (a fill-in's gap).
  const [compositions] = useState(compositionTracker);
  const place = panelPlacement(viewportOf(win), view.anchor, badgeBox);
  const list = listFindings(view.findings, (f) => view.wholeReply.has(f.ruleId));
  // A finding dismissed (or muted) from the list takes its focused button with it: once the list has changed, the
  // focus goes on to the finding now in its place (else the list's close button), not to the page's body.
  const refocusAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = refocusAt.current;
    const panel = ref.current;
    if (at === null || !panel) return;
    refocusAt.current = null;
    // Only where the removed button let the focus fall to the page's body: a dismissal that changed nothing (already
    // hidden, storage failed) leaves this pending, and the agent typing in the editor meanwhile keeps the focus there.
    const active = panel.ownerDocument.activeElement;
    if (active !== null && active !== panel.ownerDocument.body) return;
    const items = panel.querySelectorAll('li');
    (items[Math.min(at, items.length - 1)]?.querySelector('button') ?? panel.querySelector('button'))?.focus({ preventScroll: true });
  }, [view.findings]);
  const ending = (finding: Finding) => {
    const items = [...(ref.current?.querySelectorAll('li') ?? [])];
    refocusAt.current = Math.max(0, items.findIndex((li) => li.getAttribute('data-key') === findingKey(finding)));
  };
  const listActions: CoachActions = {
    ...actions,
    dismiss: (finding) => {
      ending(finding);
      actions.dismiss(finding);
    },
    ignore: (finding, everywhere) => {
      ending(finding);
      actions.ignore(finding, everywhere);
    },
  };
  const item = (f: Finding) => (
    <li
      key={findingKey(f)}
      data-key={findingKey(f)}
      onFocus={agentOnly(() => actions.revealFinding(findingKey(f)))}
      onMouseEnter={agentOnly(() => actions.revealFinding(findingKey(f)))}
    >
      {/* In a principle's group the group's heading names the principle; whole-reply items name theirs. */}
      <FindingBody finding={f} view={view} actions={listActions} headingLevel="h4" showPrinciple={view.wholeReply.has(f.ruleId)} />
    </li>
  );
  return (
    <div
      ref={ref}
      className="panel"
      data-rapport="panel"
      data-dock={place.dock}
      role="dialog"
      aria-label="Rapport suggestions for this reply"
      style={{ left: place.left, width: place.width, top: place.top, bottom: place.bottom, maxHeight: place.maxHeight, scrollPaddingTop: headingHeight }}
      onCompositionStart={compositions.start}
      onCompositionEnd={compositions.end}
      onKeyDown={agentOnly((event) => {
        if (event.key === 'Escape' && !isInputMethodKey(event, compositions)) {
          event.stopPropagation();
          actions.closePanel();
        }
      })}
    >
      <header ref={headerRef}>
        <h2>
          {view.failed ? (
            'Could not check this draft'
          ) : view.checked ? (
            <>
              {list.count === 1 ? '1 suggestion' : `${list.count} suggestions`} · warmth{' '}
              <span className="score" data-band={view.band}>
                {view.warmth} of 100, {view.band}
              </span>
            </>
          ) : (
            'Not checked'
          )}
        </h2>
        <button type="button" className="close" aria-label="Close the list" onClick={agentOnly(() => actions.closePanel())}>
          ×
        </button>
      </header>
      {view.checked && !view.failed && view.explanation && <p className="explanation">{view.explanation}</p>}
      {view.checked && !view.failed && (
        <p className="checked" data-rapport="checked">
          {checkedLine(view.skipped)}
        </p>
      )}
      {view.checked && !view.failed && view.incomplete && (
        <p className="incomplete" data-rapport="incomplete">
          {incompleteNote(view.incomplete)}
        </p>
      )}
      <p className="status">{view.status}</p>
      {view.findings.length === 0 ? (
        <p className="empty">
          {view.failed ? NOT_CHECKED_FAILURE : view.checking ? 'Checking…' : view.checked ? 'Nothing to suggest. Nice and warm.' : NOT_CHECKED}
        </p>
      ) : (
        <>
          {list.groups.map((group) => (
            <section key={group.principle} aria-labelledby={`rapport-group-${group.principle}`} data-rapport="panel-group">
              <h3 id={`rapport-group-${group.principle}`}>
                {group.name} <span className="count">({group.findings.length})</span>
              </h3>
              <ul className="list">{group.findings.map(item)}</ul>
            </section>
          ))}
          {list.wholeReply.length > 0 && (
            <section aria-labelledby="rapport-group-whole" data-rapport="panel-group">
              <h3 id="rapport-group-whole">
                Whole reply <span className="count">({list.wholeReply.length})</span>
              </h3>
              <ul className="list">{list.wholeReply.map(item)}</ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

/** The sentence with the change in place: removed words struck, added words marked, the rest plain. */
function ChangeInPlace({ finding, draft, suggestion }: { finding: Finding; draft: string; suggestion: string }) {
  const parts = changeParts(finding.text, suggestion);
  const context = sentenceAround(draft, finding.start, finding.end, finding.text);
  return (
    <p className="change" data-rapport="change" aria-hidden="true">
      {context.before && <span className="context">{context.before}</span>}
      {parts.map((part, i) =>
        part.kind === 'removed' ? (
          <del key={i} data-rapport="removed">
            {part.text}
          </del>
        ) : part.kind === 'added' ? (
          <ins key={i} data-rapport="added">
            {part.text}
          </ins>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
      {context.after && <span className="context">{context.after}</span>}
    </p>
  );
}

function FindingBody(props: { finding: Finding; view: CoachView; actions: CoachActions; headingLevel: 'h3' | 'h4'; showPrinciple?: boolean }) {
  const { finding, view, actions, headingLevel, showPrinciple = true } = props;
  // The change shown is the choice under the pointer or focus (the first one until then).
  const [shown, setShown] = useState(0);
  const Heading = headingLevel;
  const suggestion = finding.suggestions[Math.min(shown, finding.suggestions.length - 1)];
  const choices = finding.suggestions.map((s) => describeChange(finding.text, s));
  // A deletion that takes its line also takes the line break: the card quotes the words, without a word the rewording
  // only gives a capital (shown-words.ts).
  const flagged = shownWords(finding).text.trim();
  return (
    <div className="finding" data-rapport="finding" data-rule={finding.ruleId} data-severity={finding.severity}>
      <Heading className="principle">
        <span className="severity" aria-hidden="true" />
        {showPrinciple ? principleName(finding) : <q>{flagged.length > 60 ? `${flagged.slice(0, 60)}…` : flagged}</q>}
        <span className="sr"> ({finding.severity})</span>
      </Heading>
      <p className="message">{messageWithoutPrinciple(finding)}</p>
      {suggestion !== undefined && <ChangeInPlace finding={finding} draft={view.draft} suggestion={suggestion} />}
      {/* What a screen reader hears instead of the struck and marked words. */}
      <p className={suggestion === undefined ? 'flagged' : 'sr'}>
        {suggestion === undefined ? 'About: ' : 'Flagged: '}
        <q data-rapport="flagged">{flagged}</q>
        {suggestion !== undefined && <> — {choices[Math.min(shown, choices.length - 1)]!.ariaLabel.replace(/^Apply: /, '')}</>}
      </p>
      {finding.advice && (
        <p className="advice" data-rapport="advice">
          <strong>{finding.suggestions.length ? 'Or: ' : 'Try: '}</strong>
          {finding.advice}
        </p>
      )}
      {finding.templates?.length ? <FillIn finding={finding} draft={view.draft} actions={actions} /> : null}
      {finding.suggestions.length === 0 && !finding.advice && !finding.templates?.length && (
        <p className="advice" data-rapport="advice">
          <strong>Advice: </strong>only you can write this one; nothing to apply.
        </p>
      )}
      <div className="actions">
        {choices.map((choice, i) => (
          <button
            key={i}
            type="button"
            className="apply"
            data-rapport={i === 0 ? 'apply' : 'apply-alt'}
            data-change={choice.kind}
            aria-label={choice.ariaLabel}
            onFocus={() => setShown(i)}
            onMouseEnter={() => setShown(i)}
            onClick={agentOnly(() => actions.apply(finding, i))}
          >
            {choice.label}
          </button>
        ))}
        <button type="button" className="secondary" data-rapport="dismiss" onClick={agentOnly(() => actions.dismiss(finding))}>
          Dismiss
        </button>
        <button
          type="button"
          className="secondary"
          data-rapport="ignore"
          aria-label={`Don’t flag this again here: “${flagged}” on ${view.site}`}
          onClick={agentOnly(() => actions.ignore(finding, false))}
        >
          Don’t flag this again here
        </button>
        <button
          type="button"
          className="secondary"
          data-rapport="ignore-everywhere"
          aria-label={`Don’t flag “${flagged}” again on any site`}
          onClick={agentOnly(() => actions.ignore(finding, true))}
        >
          …on any site
        </button>
      </div>
    </div>
  );
}

/**
 * Moves the focus `step` controls on within the card, round from the last to the first: Tab and Shift+Tab reach every
 * control (the choices, Dismiss, the ignore buttons, a fill-in's gaps and Insert) and never leave the card, a dialog,
 * for the page behind it (Escape does, to the draft). Left/Right do the same among its buttons alone.
 */
function moveWithinCard(card: HTMLElement, step: 1 | -1, selector: string): void {
  const controls = [...card.querySelectorAll<HTMLElement>(selector)].filter((el) => !(el as HTMLButtonElement).disabled);
  const root = card.getRootNode() as ShadowRoot | Document;
  const at = controls.indexOf(root.activeElement as HTMLElement);
  controls[at < 0 && step < 0 ? controls.length - 1 : (at + step + controls.length) % controls.length]?.focus();
}

/**
 * Scrolls a shortened card (only the card, never the page) so `el` sits above the keys line, which stays in sight at
 * the card's foot (.keys is sticky): a fill-in's first gap would otherwise be focused under it.
 */
function clearOfKeys(card: HTMLElement, el: HTMLElement): void {
  const keys = card.querySelector<HTMLElement>('.keys');
  const limit = card.getBoundingClientRect().bottom - (keys?.offsetHeight ?? 0) - 4;
  const below = el.getBoundingClientRect().bottom - limit;
  if (below > 0) card.scrollTop += below;
}

function FindingCard({ finding, view, actions, win }: { finding: Finding; view: CoachView; actions: CoachActions; win: Window }) {
  const ref = useRef<HTMLDivElement>(null);
  const card = view.card!;
  useEffect(() => {
    // A fill-in template's first gap, else the first button.
    const first = card.focus ? ref.current?.querySelector<HTMLElement>('[data-rapport="slot"], button') : null;
    first?.focus({ preventScroll: true });
    if (first && ref.current) clearOfKeys(ref.current, first);
  }, [card.focus, finding]);
  const place = cardBeside(viewportOf(win), view.anchor.editor, card);
  // The compositions in the card's gaps: Android's keyboards mark every key 229, the input method's only around one.
  const [compositions] = useState(compositionTracker);
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    // A key an input method is using in one of the card's gaps (Enter picks a conversion) is not the card's.
    if (isInputMethodKey(event, compositions)) return;
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (event.key === 'Escape') {
      event.stopPropagation();
      actions.closeCard();
    } else if (step) {
      event.preventDefault();
      actions.stepCard(step);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      moveWithinCard(event.currentTarget, event.shiftKey ? -1 : 1, 'button, input');
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      moveWithinCard(event.currentTarget, event.key === 'ArrowRight' ? 1 : -1, 'button');
    }
  };
  const keysId = `rapport-keys-${findingKey(finding).replace(/[^\w-]/g, '-')}`;
  return (
    <div
      ref={ref}
      className="card"
      data-rapport="card"
      data-beside={String(place.beside)}
      role="dialog"
      aria-label={`Rapport: ${principleName(finding)}`}
      aria-describedby={keysId}
      style={{ top: place.top, bottom: place.bottom, left: place.left, maxHeight: place.maxHeight }}
      onMouseEnter={agentOnly(() => actions.cardHover(true))}
      onMouseLeave={agentOnly(() => actions.cardHover(false))}
      onCompositionStart={compositions.start}
      onCompositionEnd={compositions.end}
      onKeyDown={agentOnly(onKey)}
    >
      <FindingBody finding={finding} view={view} actions={actions} headingLevel="h3" />
      <p className="keys" id={keysId}>
        {finding.templates?.length ? 'Tab between gaps · Enter inserts once every gap is filled · ' : ''}
        {/* With nothing to apply, Enter presses the focused Dismiss: the hint promises "applies" only with an Apply. */}
        {finding.suggestions.length ? 'Enter applies · ' : ''}Tab or ←→ buttons · ↑↓ next/previous · Esc back to the text
        {view.findings.length > 1 && ` · ${view.findings.findIndex((f) => findingKey(f) === card.key) + 1} of ${view.findings.length}`}
      </p>
    </div>
  );
}
