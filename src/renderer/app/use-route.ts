// The screen shown, kept in the address's fragment so a reload returns to the same place.
import { useCallback, useEffect, useState } from 'react'

export type Route = { name: 'library' } | { name: 'reader'; articleId: string }

/** Reads a route from a location hash. */
export function parseRoute(hash: string): Route {
  const match = /^#\/article\/([\w-]+)/.exec(hash)
  return match?.[1] ? { name: 'reader', articleId: match[1] } : { name: 'library' }
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
    window.location.hash = next.name === 'reader' ? `#/article/${next.articleId}` : '#/'
  }, [])
  return [route, navigate]
}
