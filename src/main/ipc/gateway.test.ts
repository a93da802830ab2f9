import { describe, expect, it } from 'vitest'
import { invokeChannel } from './gateway'
import type { Handlers } from '../../shared/ipc/contract'
import { CHANNELS } from '../../shared/ipc/channels'

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = async (): Promise<never> => {
    throw new Error('not used in this test')
  }
  // Every channel gets a stub, so adding a channel to the contract does not break this test.
  const stubs = Object.fromEntries(CHANNELS.map((channel) => [channel, unused])) as unknown as Handlers
  return {
    ...stubs,
    'app:info': async () => ({ mode: 'browser', version: '1.2.3' }),
    ...overrides
  }
}

describe('invokeChannel', () => {
  it('answers a valid call with the handler value', async () => {
    expect(await invokeChannel(handlers(), 'app:info', {})).toEqual({ ok: true, value: { mode: 'browser', version: '1.2.3' } })
  })

  it('refuses an unknown channel', async () => {
    const result = await invokeChannel(handlers(), 'fs:read-anything', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
  })

  it('refuses a payload that breaks the request schema, without calling the handler', async () => {
    let called = false
    const result = await invokeChannel(
      handlers({
        'import:add-files': async () => {
          called = true
          return {}
        }
      }),
      'import:add-files',
      { jobId: 'job', files: [{ name: 'a.txt', bytes: 'aGVsbG8=' }], unreadable: [] }
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(result.ok ? '' : result.error.message).toContain('files.0')
    expect(called).toBe(false)
  })

  it('turns a thrown error into a failure value', async () => {
    const result = await invokeChannel(
      handlers({
        'import:start': async () => {
          throw new Error('The open dialog exists only in the desktop app')
        }
      }),
      'import:start',
      { source: 'dialog', folders: false }
    )
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'The open dialog exists only in the desktop app' } })
  })

  it('refuses a handler answer that breaks the response schema', async () => {
    const broken = handlers({ 'app:info': async () => ({ mode: 'desktop', version: 1 }) as never })
    expect(await invokeChannel(broken, 'app:info', {})).toMatchObject({ ok: false, error: { code: 'invalid-response' } })
  })
})
