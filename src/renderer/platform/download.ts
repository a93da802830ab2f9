// In the browser mode, exports and backups are saved as downloads.

/** Downloads each file through a temporary object URL; base64 content (a zip) is decoded to bytes. */
export function downloadFiles(files: readonly { fileName: string; mimeType: string; content: string; encoding?: 'utf8' | 'base64' }[]): void {
  for (const file of files) {
    const content = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (char) => char.charCodeAt(0)) : file.content
    downloadBlob(file.fileName, new Blob([content], { type: file.mimeType }))
  }
}

/** Downloads a Blob (one built piece by piece, however large) under `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
