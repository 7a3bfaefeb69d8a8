package vn.dondoc.scheduler.notice;

/** One line of the notice's text with its 1-based number as a person sees it in the file. */
record SourceLine(int number, String text) {
}
