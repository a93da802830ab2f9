// Times one start of the app in a new page of a profile: from the navigation to the library
// being usable (its first rows, or its empty state, on screen with the search box enabled, and
// one frame later so the page can take input). A probe installed before any page script records
// when each stage appeared, every IndexedDB request, and the main thread's long tasks.
import type { BrowserContext, Page } from '@playwright/test'

/** One IndexedDB request: what was asked (store.index.method), when, and when its last answer came. */
export interface DatabaseRequest {
  what: string
  start: number
  end: number
}

/** Milliseconds from the navigation's start to each stage of one start. */
export interface StartSample {
  /** Wall clock from asking the browser to navigate to the library being usable. */
  total: number
  /** The same, from the page's own navigation start. */
  usable: number
  stages: Record<string, number>
  requests: DatabaseRequest[]
  longTasks: { start: number; duration: number }[]
}

interface Probe {
  marks: Record<string, number>
  requests: DatabaseRequest[]
  longTasks: { start: number; duration: number }[]
}

/** Installs the probe in every page the profile opens from now on. */
export async function installStartProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(probeStart)
}

/** Opens the app in a new page and times it until usable; the page is returned open. */
export async function timeStart(context: BrowserContext, url: string): Promise<{ page: Page; sample: StartSample }> {
  const page = await context.newPage()
  const asked = Date.now()
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => (window as unknown as { __glossStart?: Probe }).__glossStart?.marks.usable !== undefined, undefined, { timeout: 60_000 })
  const { probe, origin, navigation, scripts } = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((resource) => resource.initiatorType === 'script')
    return {
      probe: (window as unknown as { __glossStart: Probe }).__glossStart,
      origin: performance.timeOrigin,
      navigation: { html: entry.responseEnd, scriptsRun: entry.domContentLoadedEventStart },
      scripts: scripts.map((script) => script.responseEnd)
    }
  })
  const stages = {
    'page loaded (HTML)': navigation.html,
    'scripts loaded': Math.max(navigation.html, ...scripts),
    'scripts run (DOMContentLoaded)': navigation.scriptsRun,
    ...probe.marks
  }
  return {
    page,
    sample: { total: origin + probe.marks.usable! - asked, usable: probe.marks.usable!, stages, requests: probe.requests, longTasks: probe.longTasks }
  }
}

// Runs in the page before its scripts. Self-contained: it is serialised into the page.
function probeStart(): void {
  const probe: Probe = { marks: {}, requests: [], longTasks: [] }
  ;(window as unknown as { __glossStart: Probe }).__glossStart = probe
  const mark = (name: string): void => {
    probe.marks[name] ??= performance.now()
  }

  const watchRequest = (what: string, request: IDBRequest): void => {
    const entry = { what, start: performance.now(), end: 0 }
    probe.requests.push(entry)
    // Cursors answer once per step; the last answer ends the request.
    request.addEventListener('success', () => (entry.end = performance.now()))
  }
  const openDatabase = IDBFactory.prototype.open
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    const request = openDatabase.apply(this, args)
    watchRequest(`open ${args[0]}`, request)
    return request
  }
  const methods = ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'] as const
  for (const prototype of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const method of methods) {
      const original = prototype[method] as (...args: unknown[]) => IDBRequest
      Object.defineProperty(prototype, method, {
        configurable: true,
        writable: true,
        value(this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
          const request = original.apply(this, args)
          const where = this instanceof IDBIndex ? `${this.objectStore.name}.${this.name}` : this.name
          watchRequest(`${where}.${method}`, request)
          return request
        }
      })
    }
  }

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask' })

  const check = (): void => {
    if (document.querySelector('#root > *')) mark('first render')
    if (document.querySelector('#library-heading')) mark('library shell')
    if (document.querySelector('.library-count')?.textContent) mark('article count shown')
    if (probe.marks['rows visible'] !== undefined) return
    const row = document.querySelector('[data-testid="article-row"], .empty-state')
    const search = document.querySelector<HTMLInputElement>('input[type="search"]')
    if (!row || row.getBoundingClientRect().height === 0 || !search || search.disabled) return
    mark('rows visible')
    observer.disconnect()
    // A frame later, and a task after it: the rows are painted and the main thread takes input.
    requestAnimationFrame(() => setTimeout(() => mark('usable'), 0))
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { childList: true, subtree: true, characterData: true })
}
