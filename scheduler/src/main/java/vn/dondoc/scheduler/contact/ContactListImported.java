package vn.dondoc.scheduler.contact;

import java.util.List;

/**
 * A contacts spreadsheet read (preview: nothing written) or imported: every row with what happens to it, and for an
 * import the contacts created, each with its one-time invite.
 */
public record ContactListImported(List<ContactListLine> lines, List<Invitation> invited) {

    public ContactListImported {
        lines = List.copyOf(lines);
        invited = List.copyOf(invited);
    }

    public long toAdd() {
        return lines.stream().filter(ContactListLine::added).count();
    }
}
