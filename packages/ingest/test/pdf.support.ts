import {readFileSync} from 'node:fs'
import {markdownToPlainText, tableTextReference} from '../../../test/support/references.ts'

export const fixture = (name: string): string => new URL(`../../../fixtures/${name}`, import.meta.url).pathname

/** The tb20 reference: its Markdown twin without markup. */
export const tb20Reference = (): string => markdownToPlainText(readFileSync(fixture('tb20-2026-notice.md'), 'utf8'))

/** The nq71 reference: its tab-separated twin as the printed tables read (see tableTextReference). */
export const nq71Reference = (): string => tableTextReference(readFileSync(fixture('nq71-2025-action-program.txt'), 'utf8'))
