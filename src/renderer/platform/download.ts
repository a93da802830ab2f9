// In the browser mode, exports are saved as downloads.

/** Downloads each file through a temporary object URL. */
export function downloadFiles(files: readonly { fileName: string; mimeType: string; content: string }[]): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }))
    const link = document.createElement('a')
    link.href = url
    link.download = file.fileName
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}
