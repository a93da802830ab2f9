// A second browser-mode server whose import dialog is scripted (--scripted-open-dialog), so specs
// and benchmarks can drive the desktop app's import path in Chromium: the page asks the server's
// dialog, and the server lists, reads and parses the files itself.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface ScriptedDialogServer {
  /** The address the server printed, with its token and its open-dialog flag. */
  url: string
  /** Sets what the next open dialog answers. */
  answerNextDialog(paths: readonly string[]): void
  /** Stops the server and waits for it to exit, so its port is free again. */
  close(): Promise<void>
}

/** Starts out/main/server.js on `port` with a scripted open dialog. */
export async function startScriptedDialogServer(port: number): Promise<ScriptedDialogServer> {
  const list = join(mkdtempSync(join(tmpdir(), 'gloss-dialog-')), 'answer.txt')
  writeFileSync(list, '')
  const server: ChildProcess = spawn(process.execPath, [resolve(__dirname, '../../out/main/server.js'), `--port=${port}`, `--scripted-open-dialog=${list}`], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const url = await new Promise<string>((resolveUrl, reject) => {
    server.once('exit', (code) => reject(new Error(`The server exited (${code})`)))
    server.stdout?.on('data', (chunk: Buffer) => {
      const address = /open (http:\S+)/.exec(chunk.toString())?.[1]
      if (address) resolveUrl(address)
    })
  })
  return {
    url,
    answerNextDialog: (paths) => writeFileSync(list, paths.join('\n')),
    close: () =>
      new Promise((resolveClose) => {
        if (server.exitCode !== null) return resolveClose()
        server.once('exit', () => resolveClose())
        server.kill()
      })
  }
}
