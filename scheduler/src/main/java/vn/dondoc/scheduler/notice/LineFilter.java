package vn.dondoc.scheduler.notice;

import java.util.List;

/**
 * One kind of noise that copying a notice out of a PDF leaves in its lines (page numbers, running headers, web
 * links). Each kind is its own class; {@link NoticeReader} applies them in order. A new kind is a new class here.
 */
interface LineFilter {

    /** The lines without this kind of noise; line numbers are kept. */
    List<SourceLine> apply(List<SourceLine> lines);
}
