// The screen shown, kept in the address's fragment so a reload returns to the same place.
import { useCallback, useEffect, useState } from 'react'

/** `at` (and `length`) point at a place in the article's plain text, e.g. a search match. */
export type Route = { name: 'library' } | { name: 'notebook' } | { name: 'reader'; articleId: string; at?: number; length?: number }

/** Reads a route from a location hash. */
export function parseRoute(hash: string): Route {
  if (/^#\/notebook\b/.test(hash)) return { name: 'notebook' }
  const match = /^#\/article\/([\w-]+)(?:\?at=(\d+)(?:&len=(\d+))?)?/.exec(hash)
  if (!match?.[1]) return { name: 'library' }
  return { name: 'reader', articleId: match[1], ...(match[2] ? { at: Number(match[2]) } : {}), ...(match[3] ? { length: Number(match[3]) } : {}) }
}

/** The location hash of a route. */
export function routeHash(route: Route): string {
  if (route.name === 'notebook') return '#/notebook'
  if (route.name === 'library') return '#/'
  return `#/article/${route.articleId}${route.at === undefined ? '' : `?at=${route.at}${route.length ? `&len=${route.length}` : ''}`}`
}

/** The current route and a function to go elsewhere. */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const navigate = useCallback((next: Route) => {
    window.location.hash = routeHash(next)
  }, [])
  return [route, navigate]
}
