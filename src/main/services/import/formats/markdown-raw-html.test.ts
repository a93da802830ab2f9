// Raw HTML in Markdown never reaches a block as markup: scripts, styles and frames vanish
// with their content, and the payloads of classic XSS vectors leave no text behind.
import { describe, expect, it } from 'vitest'
import { markdownToBlocks } from './markdown'
import { isTextOnlyMarkup } from './markdown-raw-html'

const textsOf = (markdown: string): string[] => markdownToBlocks(markdown).blocks.map((block) => block.text)

const VECTORS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://evil.example/xss.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="jav&#x09;ascript:alert(1);">',
  '<svg><script>alert(1)</script></svg>',
  '<iframe srcdoc="<script>alert(1)</script>" src="https://evil.example"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<style>@import "https://evil.example/x.css"; body{background:url(javascript:alert(1))}</style>',
  '<a href="javascript:alert(1)">click</a>',
  '<div onmouseover="alert(1)" style="background: url(https://evil.example/x.png)">hover</div>',
  '<template><img src=x onerror=alert(1)></template>',
  '<form action="https://evil.example"><input formaction="javascript:alert(1)"><button>Go</button></form>',
  '"><script>alert(String.fromCharCode(88,83,83))</script>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>'
]
const PAYLOAD = /alert|evil\.example|javascript:/i

describe('raw HTML in Markdown', () => {
  it.each(VECTORS)('leaves no payload of %s, as an HTML block or inline', (vector) => {
    const texts = [...textsOf(`${vector}\n\nafter`), ...textsOf(`before ${vector} after`)]
    expect(texts.filter((text) => PAYLOAD.test(text))).toEqual([])
  })

  it('keeps the text around a stray <body> or <html> tag', () => {
    expect(textsOf('before <body onload=alert(1)> after <html> end')).toEqual(['before after end'])
  })

  it('drops styling tags and comments without reading them as HTML, but nothing else', () => {
    expect(['<kbd>', '</SPAN>', '<a href="x">', '<!-- c -->', '<sup class="n">'].every(isTextOnlyMarkup)).toBe(true)
    expect(['<script>', '<style>', '<div>', '<span-x>', '<iframe src=x>', '<![CDATA[x]]>', '<?php ?>'].some(isTextOnlyMarkup)).toBe(false)
  })

  it('reports a lazy-loaded image once, not again for its <noscript> copy', () => {
    const markdown = '<img data-src="a.png" alt="Harbour at dawn"><noscript><img src="a.png" alt="Harbour at dawn"></noscript>'
    expect(markdownToBlocks(markdown).droppedImageAlts).toEqual(['Harbour at dawn'])
  })

  it('reports the alt text of images in raw HTML, as it does for Markdown images', () => {
    const { droppedImageAlts } = markdownToBlocks(
      '<figure><img src="chart.png" alt="Exports by month"></figure>\n\nText with <img src=x alt="an inline  icon"> and ![a Markdown image](y.png).'
    )
    expect(droppedImageAlts).toEqual(['Exports by month', 'an inline icon', 'a Markdown image'])
  })
})
