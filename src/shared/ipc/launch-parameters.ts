// What the browser-mode server tells the page in its address's fragment (never sent over the
// wire by browsers): the per-launch secret, and whether the server answers the import dialog.

/** `#token=<hex>`: the per-launch secret. */
export const TOKEN_PARAMETER = 'token'
/** Present when the server was started with a scripted open dialog (see main/server/scripted-open-dialog). */
export const HOST_OPEN_DIALOG_PARAMETER = 'open-dialog=host'
