/**
 * Indicators with period targets (Phụ lục 03 of 152/QĐ-UBND: budget revenue, rice area, doctors per 10,000
 * people…): the table read as the document prints it ({@link vn.dondoc.scheduler.indicator.IndicatorImporter}),
 * every value kept as written and as a number ({@link vn.dondoc.scheduler.indicator.Figure}), the actual
 * figures agencies report ({@link vn.dondoc.scheduler.indicator.IndicatorActions}), and each period's standing.
 */
package vn.dondoc.scheduler.indicator;
