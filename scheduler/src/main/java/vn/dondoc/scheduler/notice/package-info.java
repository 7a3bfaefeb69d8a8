/**
 * Tasks from a notice in prose (Thông báo kết luận, ý kiến chỉ đạo): {@link vn.dondoc.scheduler.notice.NoticeFiles} takes
 * the text out of a .docx, .pdf or .txt, the line filters (page numbers, running headers, web links) and
 * {@link vn.dondoc.scheduler.notice.Paragraphs} undo what copying out of a PDF did, and the rules
 * ({@code GivenToRule}, {@code SubjectRule}, {@code BulletRule}, {@code ContinuationRule}, {@code AppendixTable}) find who
 * must do what by when. {@link vn.dondoc.scheduler.notice.NoticeImport} saves them through the table importer.
 */
package vn.dondoc.scheduler.notice;
