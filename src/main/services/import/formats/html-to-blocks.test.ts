import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { htmlToBlocks, markupToBlocks, type WalkableNode } from './html-to-blocks'

const blocksOf = (html: string) => htmlToBlocks(parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as WalkableNode)

describe('htmlToBlocks', () => {
  it('maps elements to block kinds and collapses white space', () => {
    expect(
      blocksOf(`<h3> A   heading </h3><p>One <b>bold</b>\n word.</p><figure><img alt="x"><figcaption>Cap</figcaption></figure>
        <blockquote><p>First.</p><p>Second.</p></blockquote><ol><li>Item <em>one</em></li><li></li></ol>`)
    ).toEqual([
      { kind: 'heading', text: 'A heading' },
      { kind: 'paragraph', text: 'One bold word.' },
      { kind: 'caption', text: 'Cap' },
      { kind: 'quote', text: 'First.' },
      { kind: 'quote', text: 'Second.' },
      { kind: 'list-item', text: '1. Item one' }
    ])
  })

  it('splits a list item from its nested list and text around blocks from the blocks', () => {
    expect(blocksOf('<div>Loose text<p>Para</p>tail</div><ul><li>Outer<ul><li>Inner</li></ul></li></ul>')).toEqual([
      { kind: 'paragraph', text: 'Loose text' },
      { kind: 'paragraph', text: 'Para' },
      { kind: 'paragraph', text: 'tail' },
      { kind: 'list-item', text: 'Outer' },
      { kind: 'list-item', text: 'Inner' }
    ])
  })

  it('makes only the first paragraph of a list item a bullet, also after a nested list', () => {
    expect(blocksOf('<ul><li><p>First item.</p><p>More about it.</p></li><li>Outer<ul><li>Inner</li></ul>Outer again</li></ul>')).toEqual([
      { kind: 'list-item', text: 'First item.' },
      { kind: 'paragraph', text: 'More about it.' },
      { kind: 'list-item', text: 'Outer' },
      { kind: 'list-item', text: 'Inner' },
      { kind: 'paragraph', text: 'Outer again' }
    ])
  })

  it("numbers a numbered list's items as the page does: from its start, by an item's own value, nested lists apart", () => {
    const page =
      '<ol start="3"><li>Third</li><li>Fourth<ol><li>Inner</li></ol><p>More of the fourth.</p></li><li value="10">Tenth</li><li>Eleventh</li></ol><ul><li>Bullet</li></ul>'
    expect(blocksOf(page)).toEqual([
      { kind: 'list-item', text: '3. Third' },
      { kind: 'list-item', text: '4. Fourth' },
      { kind: 'list-item', text: '1. Inner' },
      { kind: 'paragraph', text: 'More of the fourth.' },
      { kind: 'list-item', text: '10. Tenth' },
      { kind: 'list-item', text: '11. Eleventh' },
      { kind: 'list-item', text: 'Bullet' }
    ])
    const odd = '<ol reversed><li>Three</li><li>Two</li><li>One</li></ol><ol type="a"><li>Letter</li></ol><ol><li>1. Preheat</li></ol>'
    expect(blocksOf(odd).map((block) => block.text)).toEqual(['3. Three', '2. Two', '1. One', 'Letter', '1. Preheat'])
    expect(markupToBlocks('<ol><li>Word’s own</li></ol>', { numberLists: false })).toEqual([{ kind: 'list-item', text: 'Word’s own' }])
  })

  it('reads <pre> as one code block keeping its line breaks and indentation, whatever is inside it', () => {
    const listing = `<p>Before   it.</p><pre><code class="py"><span class="k">def</span> f(x):\n    <b>return</b>  x<br>\n\n# done  \n</code></pre><p>After.</p>`
    expect(blocksOf(listing)).toEqual([
      { kind: 'paragraph', text: 'Before it.' },
      { kind: 'code', text: 'def f(x):\n    return  x\n\n\n# done' },
      { kind: 'paragraph', text: 'After.' }
    ])
    expect(blocksOf('<pre>a\r\n  <div>b</div><p>c</p></pre>')).toEqual([{ kind: 'code', text: 'a\n  b\nc' }])
    expect(blocksOf('<pre>  \n \n</pre><p>Text</p>')).toEqual([{ kind: 'paragraph', text: 'Text' }])
  })

  it('reads code laid out a line per element, nested, in a table or a list item, without its line numbers', () => {
    expect(blocksOf('<pre><div>first()</div><div>second()</div></pre>')).toEqual([{ kind: 'code', text: 'first()\nsecond()' }])
    expect(blocksOf('<pre>outer\n<pre>  inner</pre>after inner</pre>')).toEqual([{ kind: 'code', text: 'outer\n  inner\nafter inner' }])
    const rouge = '<table><tr><td class="gutter"><pre class="lineno">1\n2\n</pre></td><td><pre>a = 1\nb = 2\n</pre></td></tr></table>'
    expect(blocksOf(rouge)).toEqual([{ kind: 'code', text: 'a = 1\nb = 2' }])
    const pygments = '<table><tr><td><div><pre>1\n2</pre></div></td><td><pre>a = 1\nb = 2</pre></td></tr></table>'
    expect(blocksOf(pygments)).toEqual([{ kind: 'code', text: 'a = 1\nb = 2' }])
    const hugo = '<pre><code><span><span class="ln">1</span>x = 1\n</span><span><span class="ln">2</span>y = 2\n</span></code></pre>'
    expect(blocksOf(hugo)).toEqual([{ kind: 'code', text: 'x = 1\ny = 2' }])
    expect(blocksOf('<table><tr><td>Command</td><td><pre>ls -la</pre></td><td>notes here</td></tr></table>')).toEqual([
      { kind: 'paragraph', text: 'Command' },
      { kind: 'code', text: 'ls -la' },
      { kind: 'paragraph', text: 'notes here' }
    ])
    expect(blocksOf('<ul><li><pre>npm test</pre>Runs the tests.</li><li>Second</li></ul>')).toEqual([
      { kind: 'code', text: 'npm test' },
      { kind: 'paragraph', text: 'Runs the tests.' },
      { kind: 'list-item', text: 'Second' }
    ])
    const fromTen = '<table><tr><td class="linenos"><div class="linenodiv"><pre>10\n11</pre></div></td><td><pre>a = 1\nb = 2</pre></td></tr></table>'
    expect(blocksOf(fromTen)).toEqual([{ kind: 'code', text: 'a = 1\nb = 2' }])
    const unclassedFromTen = '<table><tr><td><pre>10\n11\n12</pre></td><td><pre>a\nb\nc</pre></td></tr></table>'
    expect(blocksOf(unclassedFromTen)).toEqual([{ kind: 'code', text: 'a\nb\nc' }])
    const prism =
      '<p>Install:</p><pre class="line-numbers language-bash"><code>npm install gloss<span class="line-numbers-rows"><span></span></span></code></pre>'
    expect(blocksOf(prism)).toEqual([
      { kind: 'paragraph', text: 'Install:' },
      { kind: 'code', text: 'npm install gloss' }
    ])
    // Output that counts is the story's: a row of a command and what it printed keeps both.
    expect(blocksOf('<table><tr><td><pre>seq 3</pre></td><td><pre>1\n2\n3</pre></td></tr></table>')).toEqual([
      { kind: 'code', text: 'seq 3' },
      { kind: 'code', text: '1\n2\n3' }
    ])
    expect(blocksOf('<p>Counting:</p><pre>1\n2\n3</pre>')).toEqual([
      { kind: 'paragraph', text: 'Counting:' },
      { kind: 'code', text: '1\n2\n3' }
    ])
  })

  it('keeps footnote references apart from the word before, and raised or lowered figures in their Unicode forms', () => {
    const page = `<p>The river rose<sup id="r1"><a href="#fn1">1</a></sup> by 40 km<sup>2</sup> on the 3<sup>rd</sup>, as H<sub>2</sub>O fell.<sup><a href="notes.xhtml#n2">[2]</a></sup></p>
      <ol><li id="fn1">Measured at Can Tho. <a href="#r1">↩</a></li></ol>`
    expect(blocksOf(page)).toEqual([
      { kind: 'paragraph', text: 'The river rose[1] by 40 km² on the 3rd, as H₂O fell.[2]' },
      { kind: 'list-item', text: '1. Measured at Can Tho.' }
    ])
    expect(blocksOf('<p>As observed<sup><a href="#r1">1</a>,<a href="#r2">2</a></sup> and <sub>one<br>two</sub>.</p>')).toEqual([
      { kind: 'paragraph', text: 'As observed[1,2] and one two.' }
    ])
  })

  it('marks inline code, typed keys and program output as code spans on their block, and none in a code block', () => {
    const blocks = blocksOf(
      `<p>Run <code>npm\n  install</code>, press <kbd><kbd>Ctrl</kbd>+<kbd>C</kbd></kbd> and read <samp>done</samp>.</p>` +
        `<li>Call <a href="https://a.org/x"><code>getUser()</code> first</a></li><pre><code>npm test</code></pre><p><code>a</code><code>b</code></p>`
    )
    const codeOf = (block: (typeof blocks)[number]) => (block.codeSpans ?? []).map((span) => block.text.slice(span.start, span.end))
    expect(blocks.map(codeOf)).toEqual([['npm install', 'Ctrl+C', 'done'], ['getUser()'], [], ['a', 'b']])
    expect(blocks[1]!.links).toEqual([{ start: 5, end: 20, href: 'https://a.org/x' }])
    expect(blocks[2]).toEqual({ kind: 'code', text: 'npm test' })
  })

  it('skips scripts, styles and line breaks become spaces', () => {
    expect(blocksOf('<p>a<br>b<script>evil()</script><style>p{}</style></p>')).toEqual([{ kind: 'paragraph', text: 'a b' }])
  })

  it('reads a table row as one block, its cells in order, an empty one keeping its place', () => {
    const blocks = markupToBlocks(
      '<table><tr><th>Branch</th><th>Opens</th><th>Closes</th></tr><tr><td>Central Library</td><td>Mon–Fri 9:00</td><td>18:00</td></tr><tr><td>Harbour</td><td></td><td>16:00</td></tr></table>'
    )
    expect(blocks.map((block) => block.text)).toEqual(['Branch · Opens · Closes', 'Central Library · Mon–Fri 9:00 · 18:00', 'Harbour · · 16:00'])
  })

  describe('links', () => {
    const page = 'https://news.example/world/story.html'
    const linksOf = (html: string, pageAddress: string | null = page) =>
      htmlToBlocks(parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as WalkableNode, { pageAddress }).map((block) =>
        (block.links ?? []).map((link) => [block.text.slice(link.start, link.end), link.href])
      )

    it('keeps each link on its words, through white space and inline markup', () => {
      expect(linksOf('<p>Read\n  <a href="https://a.org/r">the <em>full</em>\n report</a> and <a href="mailto:desk@a.org"> write </a>.</p>')).toEqual([
        [
          ['the full report', 'https://a.org/r'],
          ['write', 'mailto:desk@a.org']
        ]
      ])
    })

    it("resolves relative links against the page's address, and leaves them out without one", () => {
      const html = '<p>See <a href="/about">about</a>, <a href="next.html">next</a> and <a href="//cdn.example/x">cdn</a>.</p>'
      expect(linksOf(html)).toEqual([
        [
          ['about', 'https://news.example/about'],
          ['next', 'https://news.example/world/next.html'],
          ['cdn', 'https://cdn.example/x']
        ]
      ])
      expect(linksOf(html, null)).toEqual([[]])
    })

    it('keeps the text but not the link of scripts, anchors on the page and links in code', () => {
      const blocks = markupToBlocks(
        `<p><a href="javascript:alert(1)">Run</a>, <a href="#notes">notes</a>, <a href="${page}#top">top</a>.</p><pre><a href="https://a.org">code</a></pre>`,
        { pageAddress: page }
      )
      expect(blocks).toEqual([
        { kind: 'paragraph', text: 'Run, notes, top.' },
        { kind: 'code', text: 'code' }
      ])
    })

    it('drops a link around whole blocks (a card of heading and teaser), keeping both', () => {
      expect(markupToBlocks('<a href="https://a.org/story"><h3>Storm nears</h3><p>Ferries stop.</p></a>')).toEqual([
        { kind: 'heading', text: 'Storm nears' },
        { kind: 'paragraph', text: 'Ferries stop.' }
      ])
    })

    it('keeps a link around the whole of one block, and only the outer of two nested links', () => {
      expect(markupToBlocks('<a href="https://a.org/card"><h3>Storm nears</h3></a><ol><li> <a href="https://a.org/i"><p>Item text</p></a> </li></ol>')).toEqual(
        [
          { kind: 'heading', text: 'Storm nears', links: [{ start: 0, end: 11, href: 'https://a.org/card' }] },
          { kind: 'list-item', text: '1. Item text', links: [{ start: 3, end: 12, href: 'https://a.org/i' }] }
        ]
      )
      const nested = parseHTML('<html><body><p>See </p></body></html>').document
      const outer = nested.createElement('a')
      outer.setAttribute('href', 'https://a.org/outer')
      const inner = nested.createElement('a')
      inner.setAttribute('href', 'https://a.org/inner')
      inner.textContent = 'inner'
      outer.append('the ', inner, ' words')
      nested.querySelector('p')!.append(outer)
      expect(htmlToBlocks(nested.body as unknown as WalkableNode)).toEqual([
        { kind: 'paragraph', text: 'See the inner words', links: [{ start: 4, end: 19, href: 'https://a.org/outer' }] }
      ])
    })

    it("moves a numbered item's link past its number, and keeps links in table cells", () => {
      expect(markupToBlocks('<ol start="4"><li><a href="https://a.org/step">Preheat</a> the oven</li></ol>')).toEqual([
        { kind: 'list-item', text: '4. Preheat the oven', links: [{ start: 3, end: 10, href: 'https://a.org/step' }] }
      ])
      expect(linksOf('<table><tr><td>Port</td><td><a href="https://a.org/p">Timetable</a></td></tr></table>')).toEqual([[['Timetable', 'https://a.org/p']]])
    })
  })

  it('heads a numbered item that opens with a heading by its number; a bulleted one keeps its bullet for the text under it', () => {
    expect(
      markupToBlocks(
        '<ol start="2"><li><h3>Preheat</h3><p>Heat the oven.</p></li><li><h3>3. Mix</h3><p>Stir.</p></li></ol><ul><li><h3>Note</h3><p>Keep cool.</p></li></ul>'
      )
    ).toEqual([
      { kind: 'heading', text: '2. Preheat' },
      { kind: 'paragraph', text: 'Heat the oven.' },
      { kind: 'heading', text: '3. Mix' },
      { kind: 'paragraph', text: 'Stir.' },
      { kind: 'heading', text: 'Note' },
      { kind: 'list-item', text: 'Keep cool.' }
    ])
  })

  describe('pictures', () => {
    const picture = `data:image/png;base64,${'iVBORw0K'.repeat(50)}`

    it('keeps a picture the page holds as an image block in its place, with its alternative text', () => {
      expect(
        markupToBlocks(`<p>Before.</p><figure><img src="${picture}" alt=" Boats \n in port "><figcaption>The port.</figcaption></figure><p>After.</p>`)
      ).toEqual([
        { kind: 'paragraph', text: 'Before.' },
        { kind: 'image', text: '', image: { src: picture, alt: 'Boats in port' } },
        { kind: 'caption', text: 'The port.' },
        { kind: 'paragraph', text: 'After.' }
      ])
      // A picture inside a run of text comes after its block, which stays whole, links and all.
      expect(markupToBlocks(`<p>One <img src="${picture}" alt=""> two</p><h2>Head<img src="${picture}">ing</h2>`)).toEqual([
        { kind: 'paragraph', text: 'One two' },
        { kind: 'image', text: '', image: { src: picture, alt: '' } },
        { kind: 'heading', text: 'Heading' },
        { kind: 'image', text: '', image: { src: picture, alt: '' } }
      ])
      expect(markupToBlocks(`<p>Related: <a href="https://a.org/r"><img src="${picture}"> Harbour reopens</a></p>`)[0]).toEqual({
        kind: 'paragraph',
        text: 'Related: Harbour reopens',
        links: [{ start: 9, end: 24, href: 'https://a.org/r' }]
      })
    })

    it('keeps a picture after a table', () => {
      expect(markupToBlocks(`<table><tr><td>a</td></tr></table><p>Story.</p><img src="${picture}">`).map((block) => block.kind)).toEqual([
        'paragraph',
        'paragraph',
        'image'
      ])
    })

    it('leaves out pictures the page would fetch, pixels, SVG, pictures in tables or code, and past the budget', () => {
      const pixel = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
      const svg = `data:image/svg+xml;base64,${'PHN2Zz4='.repeat(60)}`
      expect(
        markupToBlocks(
          `<p>Text <img src="https://cdn.example/a.png"><img src="${pixel}"><img src="${svg}"></p><table><tr><td>Cell <img src="${picture}"></td></tr></table><pre>x <img src="${picture}"></pre>`
        ).map((block) => block.kind)
      ).toEqual(['paragraph', 'paragraph', 'code'])
      const big = `data:image/png;base64,${'AAAA'.repeat(1024 * 1024)}`
      const kinds = markupToBlocks(Array.from({ length: 10 }, () => `<p>x</p><img src="${big}">`).join('')).map((block) => block.kind)
      expect(kinds.filter((kind) => kind === 'image')).toHaveLength(8)
    })
  })
})
