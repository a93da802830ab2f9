// Builds a news-like HTML page of a given size: an article among navigation, related links,
// comments, scripts and footer, the clutter a real saved page carries.

const SENTENCES = [
  'The council met on Thursday evening to discuss the future of the harbour front.',
  'Residents had raised concerns about traffic, noise and the loss of green space near the old pier.',
  'Engineers presented three options, each with a different balance of cost and disruption.',
  '“We have listened carefully to everyone who wrote to us,” the council leader said.',
  'A final decision is expected before the end of the financial year, officials confirmed.'
]

/** A complete HTML page of roughly `targetBytes` bytes with one main article. */
export function buildNewsPage(targetBytes = 50_000): string {
  const navigation = `<nav class="site-nav"><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('')}</ul></nav>`
  const related = `<aside class="related"><h3>Related</h3><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/story/${i}">Another story number ${i} about the town</a></li>`).join('')}</ul></aside>`
  const scripts = `<script>${'window.dataLayer=window.dataLayer||[];'.repeat(40)}</script>`
  const paragraphs: string[] = []
  let size = navigation.length + related.length + scripts.length + 2000
  for (let i = 0; size < targetBytes * 0.75; i++) {
    const paragraph = i % 9 === 4 ? `<h2>Part ${i}</h2>` : `<p>${SENTENCES.map((_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ')}</p>`
    paragraphs.push(paragraph)
    size += paragraph.length
  }
  const comments: string[] = []
  for (let i = 0; size < targetBytes; i++) {
    const comment = `<div class="comment"><span class="author">reader${i}</span><p>I agree with point ${i}.</p></div>`
    comments.push(comment)
    size += comment.length
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan | Town News</title>
<meta property="og:title" content="Harbour plan goes to a vote"><meta name="author" content="Sam Reporter">
<meta property="article:published_time" content="2024-06-01T08:00:00Z">${scripts}</head>
<body><header>${navigation}</header><main><article><h1>Harbour plan goes to a vote</h1>${paragraphs.join('\n')}</article>${related}
<section class="comments">${comments.join('\n')}</section></main><footer><p>© Town News</p></footer></body></html>`
}
