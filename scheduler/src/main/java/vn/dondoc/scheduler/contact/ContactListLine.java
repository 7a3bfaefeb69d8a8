package vn.dondoc.scheduler.contact;

import vn.dondoc.scheduler.error.Problem;

/**
 * One row of a contacts spreadsheet as an import would take it: the person, their role, their agency (its name in
 * the register; null for the office and leaders), or the problem that keeps the row out (null: it will be added).
 */
public record ContactListLine(int line, String name, ContactRole role, Long agencyId, String agency, Problem problem) {

    public boolean added() {
        return problem == null;
    }
}
