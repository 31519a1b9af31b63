/** Content that cannot be laid out; the message is for the editor, who can change the selection. */
export class PrintLayoutError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PrintLayoutError'
  }
}
