/**
 * Reading a table file an office sent (.tsv, .txt, .csv, .xlsx, .xlsm, .xls) into rows of cleaned text with the line
 * numbers a person sees ({@link vn.dondoc.scheduler.table.TableFiles}), or refusing it with a
 * {@link vn.dondoc.scheduler.table.TableError}. Knows no feature: the imports of documents, indicators and contact
 * lists each find their own header and columns in the rows.
 */
package vn.dondoc.scheduler.table;
