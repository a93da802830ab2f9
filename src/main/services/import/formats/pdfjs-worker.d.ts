// pdfjs-dist ships no types for its worker module; we only hand its handler back to pdfjs.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
