// In the browser mode, exports are saved as downloads.

/** Downloads each file through a temporary object URL; base64 content (a zip) is decoded to bytes. */
export function downloadFiles(files: readonly { fileName: string; mimeType: string; content: string; encoding?: 'utf8' | 'base64' }[]): void {
  for (const file of files) {
    const content = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (char) => char.charCodeAt(0)) : file.content
    const url = URL.createObjectURL(new Blob([content], { type: file.mimeType }))
    const link = document.createElement('a')
    link.href = url
    link.download = file.fileName
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}
