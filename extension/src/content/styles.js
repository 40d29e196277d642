// Styles for the overlay's shadow root. Severity is shown by line style and words as well
// as colour: error = thick solid, warning = dashed, info = dotted.
export const OVERLAY_CSS = `
:host { all: initial; }
.layer, .ui { position: fixed; left: 0; top: 0; width: 0; height: 0; }
.u { position: fixed; height: 0; border-bottom: 2px solid; box-sizing: border-box; pointer-events: none; outline: none; }
.u.error { border-bottom: 3px solid #d0201f; background: rgba(208, 32, 31, 0.10); }
.u.warning { border-bottom: 2px dashed #b86e00; background: rgba(184, 110, 0, 0.08); }
.u.info { border-bottom: 2px dotted #1f6fd0; }
.u:focus-visible, .u.active { outline: 2px solid #1d9bf0; outline-offset: 1px; }
.badge, .card, .panel, button { font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.badge { position: fixed; pointer-events: auto; cursor: pointer; border: 1px solid #cfd9de; border-radius: 999px;
  background: #fff; color: #0f1419; padding: 1px 8px; white-space: nowrap; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
.badge[data-verdict="blocked"] { border-color: #d0201f; color: #a3120f; font-weight: 600; }
.badge[data-verdict="review"] { border-color: #b86e00; color: #7a4900; }
.badge[data-verdict="ready"] { border-color: #00875a; color: #00603f; }
.badge[data-state="offline"], .badge[data-state="error"] { color: #536471; border-style: dashed; font-weight: 400; }
.badge:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 2px; }
.card, .panel { position: fixed; pointer-events: auto; background: #fff; color: #0f1419; border: 1px solid #cfd9de;
  border-radius: 10px; box-shadow: 0 4px 18px rgba(0,0,0,.18); padding: 10px 12px; max-width: 340px; z-index: 2; }
.panel { max-height: 60vh; overflow: auto; width: 340px; }
.card h2, .panel h2 { font-size: 13px; margin: 0 0 4px; }
.panel h3 { font-size: 12px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .03em; color: #536471; }
.sev { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.sev.error { color: #a3120f; } .sev.warning { color: #7a4900; } .sev.info { color: #1a5aa8; }
.msg { margin: 4px 0 8px; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
button { cursor: pointer; border: 1px solid #cfd9de; background: #f7f9f9; color: #0f1419; border-radius: 999px; padding: 2px 10px; }
button.primary { background: #0f1419; color: #fff; border-color: #0f1419; }
button:focus-visible, a:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 2px; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 2px 0; }
li button.finding { border-radius: 6px; text-align: left; width: 100%; background: #fff; }
.muted { color: #536471; }
a { color: #1a5aa8; }
.guard { position: fixed; inset: 0; background: rgba(0,0,0,.4); pointer-events: auto; display: flex; align-items: center; justify-content: center; z-index: 3; }
.guard .box { background: #fff; color: #0f1419; border-radius: 14px; padding: 18px 20px; max-width: 420px; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 8px 30px rgba(0,0,0,.3); }
.guard h2 { font-size: 16px; margin: 0 0 8px; }
.guard li { margin: 4px 0; list-style: disc; margin-left: 18px; }
`;
