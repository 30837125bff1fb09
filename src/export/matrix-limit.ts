/**
 * The most roles the similarity sheet is written for: it has a cell per pair, so 500 roles are 250,000 cells, and 3,000
 * would be 9 million (minutes to compute and write, and more than a spreadsheet opens usefully). The tables of `matrix
 * --scores` (text, md, html) are drawn for as many.
 *
 * A module of its own: the command line's definitions read it at start-up.
 */
export const MATRIX_SHEET_MAX_ROLES = 500;
