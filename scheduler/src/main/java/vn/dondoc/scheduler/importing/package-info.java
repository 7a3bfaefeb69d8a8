/**
 * Import of assigning documents (.tsv, .csv, .xlsx): the header found by its words, group rows, agency cells,
 * then everything written in one transaction ({@link vn.dondoc.scheduler.importing.DocumentImporter}).
 * Rows it cannot take are reported with their line and reason. Reading the file into rows is {@code table/}.
 */
package vn.dondoc.scheduler.importing;
