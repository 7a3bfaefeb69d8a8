package vn.dondoc.scheduler.notice;

/** A sentence of a paragraph; {@code paragraph} counts paragraphs, so a rule can tell whether two sentences share one. */
record Sentence(String text, int line, int paragraph, boolean bullet, boolean item) {
}
