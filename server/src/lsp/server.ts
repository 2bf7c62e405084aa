// PLACEHOLDER: replaced by the language-server work.
export function startServer(): void {
  throw new Error('not yet');
}
