/**
 * Names in a Word package (ECMA-376 part 2) that both the sniffer and the
 * reader need; kept apart so that sniffing never loads the XML parser.
 */

/** Where Word puts the main document part. */
export const documentPart = 'word/document.xml'

/** The main part's usual name, and the numbered one some Office versions save (`word/document2.xml`). */
export const mainPartName = /^word\/document\d*\.xml$/
