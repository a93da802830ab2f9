// Sanitises untrusted article HTML with DOMPurify over a real DOM (jsdom): DOMPurify over
// a lightweight DOM such as linkedom silently lets everything through. One jsdom window
// is created lazily and reused, because creating one costs far more than sanitising.
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify'
import { JSDOM } from 'jsdom'

// Anything that could run code, load a remote resource, navigate or submit on its own.
const FORBIDDEN_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'noscript',
  'template',
  'portal'
]
// style can load url(...) and srcset/background/poster/ping name remote resources.
const FORBIDDEN_ATTRIBUTES = ['style', 'srcset', 'background', 'poster', 'ping', 'action', 'formaction', 'xlink:href']
// Elements whose src would be fetched as soon as the content is shown.
const MEDIA_TAGS = new Set(['img', 'video', 'audio', 'source', 'track', 'picture', 'input'])
// Only inline raster images may stay: SVG can carry script, and any URL is a remote (or local file) fetch.
const SAFE_INLINE_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  ALLOW_DATA_ATTR: false,
  SANITIZE_NAMED_PROPS: true
}

let purifier: DOMPurify | null = null

function getPurifier(): DOMPurify {
  if (purifier) return purifier
  const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>')
  const created = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0])
  created.addHook('afterSanitizeAttributes', (node) => {
    if (!MEDIA_TAGS.has(node.nodeName.toLowerCase())) return
    const src = node.getAttribute('src')
    if (src !== null && !SAFE_INLINE_IMAGE.test(src)) node.removeAttribute('src')
  })
  purifier = created
  return created
}

/** Returns HTML that is safe to render: no script, no event handler, no remote resource, no form. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, CONFIG)
}
