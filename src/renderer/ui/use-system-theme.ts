// Follows the OS light/dark preference by setting data-theme on <html>, which picks a palette in
// theme.css. The reader may override it on its own element with the theme the user chose.
import { useEffect } from 'react'

/** Keeps `<html data-theme>` in step with the OS colour scheme. */
export function useSystemTheme(): void {
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)')
    const apply = (): void => {
      document.documentElement.dataset.theme = query.matches ? 'dark' : 'light'
    }
    apply()
    query.addEventListener('change', apply)
    return () => query.removeEventListener('change', apply)
  }, [])
}
