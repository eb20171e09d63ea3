import TOKENS_CSS from '../../assets/tokens.css?raw';
import { MIRROR_CSS } from '../highlight/mirror';
import { CARD_MAX_HEIGHT, COMPACT_BADGE, DOT_BADGE } from '../coach/geometry';

/**
 * Styles of the shadow root: badge, list, card and the field mirrors, on the same design tokens as the
 * popup, options and summary (assets/tokens.css, whose `:host` rules apply here). Light and dark.
 */
export const UI_CSS = `
${TOKENS_CSS}
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; }
.ui { font: var(--rp-text-m)/1.45 var(--rp-font); font-size: 13px; color: var(--rp-text);
  --shadow: 0 6px 24px rgb(0 0 0 / 0.18); }
@media (prefers-color-scheme: dark) { .ui { --shadow: 0 6px 24px rgb(0 0 0 / 0.6); } }
.ui button { font: inherit; cursor: pointer; }
.ui button:focus-visible, .ui [tabindex]:focus-visible { outline: var(--rp-focus-ring); outline-offset: 2px; }
[data-band="cold"] { --band: var(--rp-cold); }
[data-band="neutral"] { --band: var(--rp-neutral); }
[data-band="warm"] { --band: var(--rp-warm); }
.badge { position: fixed; z-index: 2147483646; display: inline-flex; align-items: center; height: 26px; box-sizing: border-box;
  border-radius: 13px; border: 1px solid var(--rp-border); background: var(--rp-bg); color: var(--rp-text);
  box-shadow: 0 1px 4px rgb(0 0 0 / 0.2); white-space: nowrap; font-size: var(--rp-text-s); }
.badge__button { display: inline-flex; align-items: center; gap: var(--rp-space-1); height: 100%; padding: 0 4px 0 8px;
  border: 0; border-radius: 13px; background: transparent; color: inherit; font-weight: 700; }
.badge[data-compact="compact"] { width: ${COMPACT_BADGE.width}px; height: ${COMPACT_BADGE.height}px; justify-content: center; }
.badge[data-compact="compact"] .badge__button { padding: 0 6px; }
.badge[data-compact="dot"] { width: ${DOT_BADGE.width}px; height: ${DOT_BADGE.height}px; justify-content: center; border-radius: 50%; }
.badge[data-compact="dot"] .badge__button { padding: 0; justify-content: center; width: 100%; }
.badge .dot { width: 9px; height: 9px; border-radius: 50%; background: var(--band, var(--rp-muted)); flex: none; }
.badge .band { color: var(--band); font-weight: 600; padding: 0 10px 0 2px; cursor: pointer; }
.badge__button[data-checking="true"] .dot { opacity: 0.45; }
.badge__button[data-failed="true"] .dot { background: var(--rp-muted); }
.panel, .card { position: fixed; z-index: 2147483647; background: var(--rp-bg); color: var(--rp-text); border: 1px solid var(--rp-line);
  border-radius: var(--rp-radius); box-shadow: var(--shadow); overflow: auto; box-sizing: border-box; }
.card { width: min(340px, calc(100vw - 16px)); max-height: min(${CARD_MAX_HEIGHT}px, calc(100vh - 8px)); }
.panel header { display: flex; align-items: center; justify-content: space-between; gap: var(--rp-space-2); padding: var(--rp-space-2) var(--rp-space-3);
  border-bottom: 1px solid var(--rp-line); position: sticky; top: 0; background: var(--rp-bg); z-index: 1; }
.panel h2 { font-size: var(--rp-text-m); margin: 0; }
.panel h3 { font-size: var(--rp-text-s); margin: 0; padding: var(--rp-space-2) var(--rp-space-3) 0; color: var(--rp-muted); font-weight: 600; }
.score { color: var(--band); font-weight: 700; }
.close { border: 0; background: transparent; color: var(--rp-muted); font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 4px; }
.list { list-style: none; margin: 0; padding: 0; }
.finding { padding: var(--rp-space-2) var(--rp-space-3); border-bottom: 1px solid var(--rp-line); }
.list li:last-child .finding { border-bottom: 0; }
.principle { display: flex; align-items: center; gap: 6px; font-size: var(--rp-text-s); font-weight: 600; color: var(--rp-text); }
.severity { width: 14px; height: 0; border-bottom: 2px solid var(--sev); flex: none; }
[data-severity="hint"] { --sev: var(--rp-accent); --sev-style: dotted; }
[data-severity="suggestion"] { --sev: var(--rp-neutral); --sev-style: dashed; }
[data-severity="warning"] { --sev: var(--rp-cold); --sev-style: solid; }
.severity { border-bottom-style: var(--sev-style); }
.message { margin: var(--rp-space-1) 0; color: var(--rp-text); }
.change { margin: var(--rp-space-2) 0; padding: 6px var(--rp-space-2); border-radius: 6px; background: var(--rp-surface);
  white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.5; }
.change del { color: var(--rp-cold); text-decoration: line-through; text-decoration-thickness: 1.5px; }
.change ins { color: var(--rp-ok); text-decoration: underline; text-decoration-thickness: 1.5px; text-underline-offset: 2px; font-weight: 600; }
.change .context { color: var(--rp-muted); }
.advice { margin: var(--rp-space-1) 0; padding: 6px var(--rp-space-2); border-left: 3px solid var(--rp-accent); background: var(--rp-accent-soft); border-radius: 4px; }
.fill-in { margin: var(--rp-space-2) 0 0; }
.fill-in__title { margin: 0 0 4px; }
.fill-in .change .gap { display: inline-block; padding: 0 4px; border: 1px dashed var(--rp-accent); border-radius: 4px; color: var(--rp-muted); font-style: italic; }
.fill-in__slot { display: block; margin: 4px 0; }
.fill-in__label { display: block; font-size: var(--rp-text-s); color: var(--rp-muted); }
.fill-in input { box-sizing: border-box; width: 100%; font: inherit; padding: 4px 6px; border: 1px solid var(--rp-border); border-radius: 6px;
  background: var(--rp-bg); color: var(--rp-text); color-scheme: light dark; }
.fill-in input:focus-visible { outline: var(--rp-focus-ring); outline-offset: 1px; }
.apply:disabled { opacity: 0.5; cursor: not-allowed; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.apply { border: 1px solid var(--rp-accent); background: var(--rp-accent); color: var(--rp-accent-text); border-radius: 6px; padding: 4px 10px;
  text-align: left; max-width: 100%; overflow-wrap: anywhere; white-space: pre-line; }
.secondary { border: 1px solid var(--rp-border); background: transparent; color: var(--rp-text); border-radius: 6px; padding: 4px 8px; }
.keys { margin: 0; padding: 6px var(--rp-space-3); border-top: 1px solid var(--rp-line); color: var(--rp-muted); font-size: 11px; }
/* The keys stay in sight at the card's foot while a tall card (a fill-in template) scrolls above them. */
.card .keys { position: sticky; bottom: 0; background: var(--rp-bg); }
/* Tab scrolls the next gap or button into view above the keys, not under them. */
.card { scroll-padding-bottom: 64px; }
.empty { padding: var(--rp-space-3); color: var(--rp-muted); margin: 0; }
.explanation { margin: 0; padding: 6px var(--rp-space-3) 0; font-size: var(--rp-text-s); line-height: 1.4; }
.checked, .incomplete { padding: 6px var(--rp-space-3) 0; color: var(--rp-muted); font-size: var(--rp-text-s); margin: 0; }
.status { padding: 6px var(--rp-space-3); color: var(--rp-muted); font-size: var(--rp-text-s); min-height: 0; margin: 0; }
.status:empty { display: none; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
${MIRROR_CSS}
`;
