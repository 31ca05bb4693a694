/**
 * The few sentences the server itself says to people (the page is
 * Vietnamese; the API's error messages are English like the CLI's, so
 * scripts and logs read the same).
 */
export const messages = {
  noLoginWarning: (host: string) =>
    `vanban: warning: listening on ${host}, not only on this computer: the page has no login; anyone who can reach it can read, change and delete the documents`,
  pageStale: 'vanban: warning: the page is older than its sources in web/; rebuild it with `pnpm --filter @vanban/server build:web`',
  tooLarge: (mb: number) => `the upload is larger than --max-upload-mb (${mb} MB)`,
  noFile: 'send the document as multipart/form-data with a field named "file"',
  notFound: 'no such document',
  taskNotFound: 'no such task in this document',
  notDone: 'the document is not processed yet (or failed): no tasks to export'
} as const
