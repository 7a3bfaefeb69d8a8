package vn.dondoc.cyclefixture.task;

import vn.dondoc.cyclefixture.agency.MergesAgencies;

/** The other half of the cycle {@link MergesAgencies} starts. */
public final class WritesTaskHistory {

    public static Class<?> agencies() {
        return MergesAgencies.class;
    }
}
