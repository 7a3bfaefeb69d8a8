package vn.dondoc.scheduler.contact;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyLookup;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.error.Problem;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.table.SheetRow;
import vn.dondoc.scheduler.table.Table;
import vn.dondoc.scheduler.table.TableFiles;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * A contacts spreadsheet (.csv, .tsv, .xlsx: a header row with "Họ tên", "Vai trò", "Cơ quan", then one person a
 * row), previewed first and then imported: each row that names a person, a role and a known agency becomes a contact
 * with an invite; a row with a problem (a role not understood, an agency not in the register, someone already there)
 * is left out and said why. The import is one transaction: all the good rows, or nothing.
 */
@Service
public class ContactListImport {

    private static final List<String> NAME = List.of("ho ten", "ho va ten", "ten", "name", "full name", "nguoi lien he");
    private static final List<String> ROLE = List.of("vai tro", "role");
    private static final List<String> AGENCY = List.of("co quan", "don vi", "agency", "co quan don vi");

    private final RegisterDatabase db;
    private final ContactRegister contacts;
    private final AgencyRegister agencies;

    public ContactListImport(RegisterDatabase db, ContactRegister contacts, AgencyRegister agencies) {
        this.db = db;
        this.contacts = contacts;
        this.agencies = agencies;
    }

    /** What an import of {@code file} would do; writes nothing. */
    public ContactListImported preview(Path file) {
        List<SheetRow> rows = rows(file);
        return db.inTransaction(() -> new ContactListImported(read(rows), List.of()));
    }

    /** Adds every row the preview would add, each with an invite, in one transaction. */
    public ContactListImported apply(Path file) {
        List<SheetRow> rows = rows(file);
        return db.inTransaction(() -> {
            List<ContactListLine> lines = read(rows);
            List<Invitation> invited = new ArrayList<>();
            for (ContactListLine line : lines) {
                if (line.added()) {
                    CreatedContact created = contacts.add(new NewContact(line.name(), line.role(), line.agencyId(), List.of(), null));
                    invited.add(new Invitation(contacts.byId(created.id()).orElseThrow(), created.inviteCode(), created.inviteExpiresAt()));
                }
            }
            return new ContactListImported(lines, invited);
        });
    }

    private static List<SheetRow> rows(Path file) {
        List<Table> tables = TableFiles.read(file);
        return tables.isEmpty() ? List.of() : tables.get(0).rows();
    }

    private List<ContactListLine> read(List<SheetRow> rows) {
        int header = -1;
        int name = -1;
        int role = -1;
        int agency = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            List<String> cells = rows.get(i).cells();
            for (int c = 0; c < cells.size(); c++) {
                String folded = folded(cells.get(c));
                if (NAME.contains(folded)) {
                    name = c;
                    header = i;
                } else if (ROLE.contains(folded)) {
                    role = c;
                } else if (AGENCY.contains(folded)) {
                    agency = c;
                }
            }
            if (header < 0) {
                role = -1;
                agency = -1;
            }
        }
        if (header < 0) {
            throw new ContactException(ContactError.LIST_NO_HEADER);
        }
        List<ContactListLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows.subList(header + 1, rows.size())) {
            String person = cell(row, name);
            if (person.isEmpty()) {
                continue;
            }
            lines.add(line(row.line(), person, cell(row, role), cell(row, agency), seen));
        }
        return lines;
    }

    private ContactListLine line(int line, String person, String roleWritten, String agencyWritten, Map<String, Integer> seen) {
        Agency agency = null;
        if (!agencyWritten.isEmpty()) {
            AgencyLookup lookup = agencies.lookup(agencyWritten);
            if (lookup.agencies().isEmpty()) {
                return problem(line, person, null, agencyWritten, Problem.of(ContactError.LIST_UNKNOWN_AGENCY, agencyWritten));
            }
            if (lookup.agencies().size() > 1) {
                return problem(line, person, null, agencyWritten, Problem.of(ContactError.LIST_AMBIGUOUS_AGENCY, agencyWritten,
                        String.join("; ", lookup.agencies().stream().map(Agency::name).toList())));
            }
            agency = lookup.agencies().get(0);
        }
        // A row naming an agency and no role is the agency's đầu mối: the person reminders go to.
        Optional<ContactRole> role = roleWritten.isEmpty() && agency != null ? Optional.of(ContactRole.STAFF)
                : ContactRoles.parse(roleWritten);
        String agencyName = agency == null ? agencyWritten : agency.name();
        if (role.isEmpty()) {
            return problem(line, person, null, agencyName, Problem.of(ContactError.LIST_BAD_ROLE, roleWritten));
        }
        Long agencyId = agency == null ? null : agency.id();
        if (role.get().belongsToAnAgency() && agencyId == null) {
            return problem(line, person, role.get(), agencyName, Problem.of(ContactError.NEEDS_AGENCY, role.get()));
        }
        if (!role.get().belongsToAnAgency()) {
            agencyId = null;
            agencyName = null;
        }
        Optional<Long> existing = contacts.sameNameInAgency(person, agencyId);
        if (existing.isPresent()) {
            return problem(line, person, role.get(), agencyName, Problem.of(ContactError.LIST_DUPLICATE, person, existing.get()));
        }
        Integer first = seen.putIfAbsent(folded(person) + "|" + agencyId, line);
        if (first != null) {
            return problem(line, person, role.get(), agencyName, Problem.of(ContactError.LIST_REPEATED, person, first));
        }
        return new ContactListLine(line, person, role.get(), agencyId, agencyName, null);
    }

    private static ContactListLine problem(int line, String person, ContactRole role, String agency, Problem problem) {
        return new ContactListLine(line, person, role, null, agency, problem);
    }

    private static String cell(SheetRow row, int column) {
        if (column < 0 || column >= row.cells().size()) {
            return "";
        }
        String text = VietnameseText.clean(row.cells().get(column));
        return text == null ? "" : text.strip();
    }

    private static String folded(String text) {
        String folded = text == null ? "" : VietnameseText.fold(text);
        return folded == null ? "" : folded.trim().replaceAll("[\\s_:*]+", " ").trim();
    }

}
