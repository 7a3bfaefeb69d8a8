package vn.dondoc.scheduler.task;

import vn.dondoc.scheduler.agency.Agency;

/**
 * An agency merged into another: the one that is gone (its name is now an alias of {@code into}), the one that
 * took its tasks and contacts, and how many of each moved.
 */
public record AgencyMerged(Agency from, Agency into, int tasks, int contacts) {
}
