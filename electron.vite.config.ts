import { resolve } from 'node:path'
import { defineConfig, externalizeDepsPlugin } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The browser mode and the import workers are plain Node entries built beside main.
          server: resolve(__dirname, 'src/main/server/index.ts'),
          'parse-worker': resolve(__dirname, 'src/main/services/import/parse-worker.ts')
        }
      }
    }
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: { rollupOptions: { output: { format: 'cjs' } } }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Minified: the start-up script is parsed and compiled on every launch. GLOSS_NO_MINIFY=1 keeps
    // names readable in CPU profiles.
    build: { minify: process.env.GLOSS_NO_MINIFY ? false : 'esbuild', rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } },
    plugins: [react()]
  }
})
