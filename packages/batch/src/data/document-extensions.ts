/**
 * Extensions of documents a clerk may well drop into a folder of notices but
 * that vanban does not read. A folder scan reports these as failed files
 * ("unsupported file type") rather than skipping them silently, so nobody
 * believes they were converted. Anything else that is not supported (outputs,
 * spreadsheets of results, OS clutter such as Thumbs.db) is skipped quietly.
 * Source: the office, web, image and archive formats government portals and
 * scanners commonly produce.
 */
export const unreadDocumentExtensions: readonly string[] = [
  '.doc', '.docx', '.docm', '.dot', '.dotx', '.odt', '.rtf', '.wpd',
  '.xls', '.xlsx', '.ods', '.ppt', '.pptx', '.odp',
  '.htm', '.html', '.xhtml', '.mht', '.mhtml', '.xml', '.epub', '.djvu', '.xps', '.oxps',
  '.gif', '.bmp', '.webp', '.heic', '.heif', '.jp2',
  '.zip', '.rar', '.7z'
]
