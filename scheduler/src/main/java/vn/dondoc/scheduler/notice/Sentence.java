package vn.dondoc.scheduler.notice;

/**
 * A sentence of a paragraph; {@code paragraph} counts paragraphs, so a rule can tell whether two sentences share one.
 * {@code level} is how deep its list item stands: 0 for a plain paragraph or a numbered item ("1.", "a)", "II."),
 * 1 for a "-" item, 2 for a "+" item.
 */
record Sentence(String text, int line, int paragraph, int level) {
}
