package vn.dondoc.scheduler.task;

import java.time.LocalDate;

/**
 * A request as the console's extensions page lists it: the request, the agency of the contact who asked (null for
 * the office), and once decided, the day and the decider's name.
 */
public record ExtensionLine(ExtensionRequest request, String requesterAgency, LocalDate decidedOn, String decidedBy) {
}
