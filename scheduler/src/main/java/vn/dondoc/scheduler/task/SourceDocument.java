package vn.dondoc.scheduler.task;

import java.time.LocalDate;

/** An assigning document (Quyết định, Kế hoạch…) whose tasks the register holds. */
public record SourceDocument(long id, String number, LocalDate issuedOn, int planYear, String title, String fileName) {
}
