/** A failure inside a table, raised before the file name is known; the importer wraps it in a TableError. */
export class TableProblem extends Error {}
