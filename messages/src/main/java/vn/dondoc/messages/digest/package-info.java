/**
 * The weekly digest as leaders read it: the text ({@link vn.dondoc.messages.digest.DigestText}), the chart
 * ({@link vn.dondoc.messages.digest.DigestChart}) and the register as a workbook
 * ({@link vn.dondoc.messages.digest.DigestWorkbook}), in the language of the texts.
 */
package vn.dondoc.messages.digest;
