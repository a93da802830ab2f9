// Renderer entry: mounts the app once the platform (Electron bridge or loopback server) is known.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './ui/theme.css'
import './ui/reader-settings.css'
import './ui/overlays.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
