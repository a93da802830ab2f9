// `npm start`: the desktop app where Electron can run, else the browser mode, saying which and why.
import { spawn, spawnSync } from 'node:child_process'
import electronBinary from './electron-binary.cjs'

const { electronBinaryPath, hasDisplay } = electronBinary

const forceBrowser = process.argv.includes('--browser')
const binary = electronBinaryPath()

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  child.on('exit', (code) => process.exit(code ?? 0))
}

if (!forceBrowser && binary && hasDisplay()) {
  run('npx', ['electron-vite', 'preview'])
} else {
  const reason = forceBrowser
    ? 'browser mode requested'
    : !binary
      ? "Electron's binary is not installed (its download host was unreachable)"
      : 'no display to open a window on'
  console.log(`Gloss: starting the browser mode because ${reason}. Open the address below in your browser.`)
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' })
  if (build.status !== 0) process.exit(build.status ?? 1)
  run(process.execPath, ['out/main/server.js', ...process.argv.slice(2).filter((argument) => argument !== '--browser')])
}
