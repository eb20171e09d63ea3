import { MIRROR_CSS } from '../highlight/mirror';

/** Styles of the shadow root: badge, panel, card and the field mirrors. Light and dark. */
export const UI_CSS = `
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; }
.ui { --bg: #ffffff; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --accent: #0b57d0; --accent-fg: #ffffff;
  --cold: #c5221f; --neutral: #8a5a00; --warm: #137333; --focus: #0b57d0; --shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
@media (prefers-color-scheme: dark) {
  .ui { --bg: #1e2227; --fg: #e6edf3; --muted: #9da7b3; --line: #3d444d; --accent: #8ab4f8; --accent-fg: #0b1a33;
    --cold: #ff8a80; --neutral: #fdd663; --warm: #81c995; --focus: #8ab4f8; --shadow: 0 6px 24px rgb(0 0 0 / 0.6); }
}
.ui button { font: inherit; cursor: pointer; }
.ui button:focus-visible, .ui [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.badge { position: absolute; z-index: 2147483646; display: inline-flex; align-items: center; gap: 6px; height: 26px;
  padding: 0 9px; border-radius: 13px; border: 1px solid var(--line); background: var(--bg); color: var(--fg);
  box-shadow: 0 1px 4px rgb(0 0 0 / 0.2); transform: translate(-100%, -100%); white-space: nowrap; }
.badge .count { font-weight: 700; }
.badge .dot { width: 8px; height: 8px; border-radius: 50%; background: var(--band); }
.badge[data-band="cold"], .panel [data-band="cold"] { --band: var(--cold); }
.badge[data-band="neutral"], .panel [data-band="neutral"] { --band: var(--neutral); }
.badge[data-band="warm"], .panel [data-band="warm"] { --band: var(--warm); }
.badge[data-checking="true"] .dot { opacity: 0.4; }
.badge[data-failed="true"] .dot { background: var(--muted); }
.panel, .card { position: fixed; z-index: 2147483647; background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  border-radius: 10px; box-shadow: var(--shadow); overflow: auto; }
.card { width: min(320px, calc(100vw - 16px)); max-height: min(220px, calc(100vh - 8px)); }
.panel header { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 10px 12px;
  border-bottom: 1px solid var(--line); position: sticky; top: 0; background: var(--bg); }
.panel h2 { font-size: 14px; margin: 0; }
.score { color: var(--band); font-weight: 700; }
.close { border: 0; background: transparent; color: var(--muted); font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 4px; }
.list { list-style: none; margin: 0; padding: 0; }
.finding { padding: 10px 12px; border-bottom: 1px solid var(--line); }
.finding:last-child { border-bottom: 0; }
.principle { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.principle[data-severity="warning"] { color: var(--cold); }
.message { margin: 4px 0; }
.flagged { margin: 4px 0; color: var(--muted); }
.advice { margin: 4px 0; }
.flagged q { color: var(--fg); text-decoration: line-through; text-decoration-color: var(--cold); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.apply { border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); border-radius: 6px; padding: 4px 8px; text-align: left; }
.secondary { border: 1px solid var(--line); background: transparent; color: var(--fg); border-radius: 6px; padding: 4px 8px; }
.empty { padding: 12px; color: var(--muted); margin: 0; }
.explanation { margin: 0; padding: 6px 12px 0; font-size: 12px; line-height: 1.4; }
.checked { padding: 6px 12px 0; color: var(--muted); font-size: 12px; margin: 0; }
.status { padding: 6px 12px; color: var(--muted); font-size: 12px; min-height: 0; }
.status:empty { display: none; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
${MIRROR_CSS}
`;
