// The HTML export must be one self-contained file that reads well on screen and on paper,
// so its stylesheet is inlined; colours also get distinct underline styles for grey printers.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../model/annotation'
import { HIGHLIGHT_CSS_COLORS } from './w3c-vocabulary'

const UNDERLINES: Record<HighlightColor, string> = {
  yellow: 'solid #b89a00',
  green: 'double #3d8b37',
  blue: 'dashed #2f6fba',
  pink: 'dotted #c2185b',
  purple: 'solid #6a3fb5'
}

const colorRules = HIGHLIGHT_COLORS.map((color) => `.c-${color}{background:${HIGHLIGHT_CSS_COLORS[color]};border-bottom:2px ${UNDERLINES[color]}}`).join('\n')

/** The complete inline stylesheet of an HTML export. */
export const HTML_EXPORT_CSS = `
:root{color-scheme:light}
body{font:17px/1.6 Georgia,"Times New Roman",serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.8rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.25rem;margin:2rem 0 .75rem}
h3{font-size:1.1rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;font:14px/1.4 system-ui,sans-serif;color:#4a4a4a;margin:0 0 1.5rem}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0;overflow-wrap:anywhere}
mark{color:inherit;padding:0 .05em}
mark.overlap{box-shadow:inset 0 -.35em 0 rgba(0,0,0,.12)}
${colorRules}
blockquote{margin:1rem 0;padding:.25rem 1rem;border-left:3px solid #ccc}
.caption,.summary{font-style:italic;color:#444}
li.numbered{list-style:none}
figure{margin:1rem 0}
figure img{display:block;max-width:100%;height:auto;margin:0 auto}
pre{font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;background:#f6f6f4;border-radius:4px;padding:.5rem .75rem;overflow-x:auto}
.ref{font:12px system-ui,sans-serif;vertical-align:super;line-height:0}
.ref a{color:#2f5fa8;text-decoration:none}
.highlights li{margin:0 0 1.25rem}
.highlights blockquote{margin:.25rem 0;border-left-width:6px}
.label{font:13px/1.4 system-ui,sans-serif;color:#4a4a4a;margin:.25rem 0}
.note{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f6f4;border-radius:4px;padding:.5rem .75rem;margin:.25rem 0}
.back{font:12px system-ui,sans-serif}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{margin-top:3rem;font:12px system-ui,sans-serif;color:#777}
@media print{
  body{max-width:none;margin:0;padding:0;font-size:11pt}
  mark,.note,.highlights blockquote{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  a{color:inherit;text-decoration:none}
  .back{display:none}
  article+article{break-before:page}
  h1,h2,h3{break-after:avoid}
  .highlights li,blockquote{break-inside:avoid}
}
`.trim()
