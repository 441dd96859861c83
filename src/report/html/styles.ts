/**
 * The report's one style sheet, inline: system fonts (no font files to fetch), colors as variables for the light and
 * the dark theme (prefers-color-scheme), chart fills colorblind-safe (Okabe–Ito) and at least 3:1 against the page,
 * text at least 4.5:1 (WCAG AA), and a print layout without the navigation.
 */
export const STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa; --link: #0550ae;
  --error-bg: #ffebe9; --error-fg: #a40e26; --warning-bg: #fff8c5; --warning-fg: #7d4e00; --note-bg: #ddf4ff; --note-fg: #0550ae;
  --url-token: #0072b2; --jwt: #d55e00; --provider: #aa4499; --replay: #117733;
  --live: #c0392b; --expired: #8c959f; --unknown: #b88700;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --panel: #161b22; --link: #6cb6ff;
    --error-bg: #4c1219; --error-fg: #ffb1ae; --warning-bg: #3b2e00; --warning-fg: #f2cc60; --note-bg: #0c2d6b; --note-fg: #a5d6ff;
    --url-token: #56b4e9; --jwt: #f08a4b; --provider: #d98cc7; --replay: #44bb77;
    --live: #ff7b72; --expired: #8b949e; --unknown: #e3b341;
  }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 1.5rem; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: .95rem; margin: 1rem 0 .25rem; }
a { color: var(--link); }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: break-word; }
.rule, time, .range-start { white-space: nowrap; }
.muted, .fp, small { color: var(--muted); }
.fp { font: .8em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: .5rem 0 0; }
.level { display: inline-block; min-width: 4.5em; padding: 0 .4em; border-radius: 1em; font-size: .8em; font-weight: 600; text-align: center; }
.level-error { background: var(--error-bg); color: var(--error-fg); }
.level-warning { background: var(--warning-bg); color: var(--warning-fg); }
.level-note { background: var(--note-bg); color: var(--note-fg); }
.worst { font-size: 1.15rem; padding: .75rem 1rem; border-left: 6px solid var(--error-fg); background: var(--panel); border-radius: 4px; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: .75rem; list-style: none; padding: 0; }
.figures a { display: flex; flex-direction: column; height: 100%; padding: .6rem .8rem; border: 1px solid var(--line); border-radius: 6px;
  background: var(--panel); color: var(--fg); text-decoration: none; }
.figures a:hover, .figures a:focus { border-color: var(--link); }
.figure-label { font-size: .85em; color: var(--muted); }
.figure-value { font-size: 1.5em; font-weight: 650; }
.figure-value .times { display: block; font-size: .6em; font-weight: 600; line-height: 1.6; }
.figure-detail { font-size: .85em; color: var(--muted); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { padding: .3rem .5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--panel); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:target { outline: 3px solid var(--link); }
tfoot td { color: var(--muted); }
.sample { display: block; white-space: nowrap; }
.magnitude { display: block; height: 4px; margin-top: 3px; background: var(--line); border-radius: 2px; }
.magnitude > span { display: block; height: 100%; background: var(--muted); border-radius: 2px; }
figure { margin: 1rem 0; }
figcaption { font-weight: 600; }
.chart { width: 100%; height: auto; max-height: 260px; display: block; }
.share-bar { width: 100%; height: 28px; display: block; border-radius: 4px; }
.chart text { fill: var(--muted); font-size: 11px; font-family: inherit; }
.chart .axis line { stroke: var(--line); }
.chart .unit { font-size: 12px; }
.chart rect:hover { opacity: .75; }
.fill-log-url-token { fill: var(--url-token); background: var(--url-token); }
.fill-log-jwt { fill: var(--jwt); background: var(--jwt); }
.fill-log-provider-token { fill: var(--provider); background: var(--provider); }
.fill-log-token-replay { fill: var(--replay); background: var(--replay); }
.fill-live { fill: var(--live); background: var(--live); }
.fill-expired { fill: var(--expired); background: var(--expired); }
.fill-unknown { fill: var(--unknown); background: var(--unknown); }
.legend { display: flex; gap: 1.25rem; list-style: none; padding: 0; margin: .25rem 0; font-size: .9em; }
.swatch { display: inline-block; width: .9em; height: .9em; margin-right: .35em; vertical-align: -.1em; border-radius: 2px; }
.chart-table summary, .flow summary { cursor: pointer; color: var(--link); font-size: .9em; }
.first-last { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
.first-last dt { font-weight: 600; }
.first-last dd { margin: 0; }
.danger { color: var(--error-fg); }
.findings { list-style: none; padding: 0; }
.findings > li { padding: .5rem 0; border-bottom: 1px solid var(--line); }
.location { font-weight: 600; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85em; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  nav, .chart-table summary { display: none; }
  h2 { break-after: avoid; } tr, figure, .findings > li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .figures a, .worst, th { background: none; }
}
`;
