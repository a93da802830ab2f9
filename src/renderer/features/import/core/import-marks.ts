// User-timing marks around an import, so a benchmark can time it as the page saw it: from the
// files being handed to the page to the report being on screen.

export const IMPORT_STARTED_MARK = 'gloss:import-started'
export const IMPORT_REPORTED_MARK = 'gloss:import-reported'
