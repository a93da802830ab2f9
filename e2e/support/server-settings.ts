// The browser-mode server the e2e run starts: a fixed port and secret, for tests only.
export const E2E_PORT = 4599
export const E2E_SECRET = 'e2e0000000000000000000000000000000000000000000000000000000000000'
export const E2E_URL = `http://127.0.0.1:${E2E_PORT}/#token=${E2E_SECRET}`
