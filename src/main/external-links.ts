// An article's link asks for a new window; the app opens none. The address goes to the user's
// own browser, and only if it is one an article may keep (an absolute http(s) or mailto
// address), so a page that slipped another scheme past the import still opens nothing.
import { openableHref } from '../shared/model/links'

/** Hands an openable address to `openExternally` (Electron's shell.openExternal); always denies the window itself. */
export function openLinkOutside(url: string, openExternally: (url: string) => Promise<void>): { action: 'deny' } {
  const href = openableHref(url)
  if (href !== null) void openExternally(href).catch(() => undefined)
  return { action: 'deny' }
}
