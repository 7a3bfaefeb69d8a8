package vn.dondoc.scheduler.contact;

import java.util.Map;
import java.util.Optional;
import vn.dondoc.scheduler.text.VietnameseText;

/** A role as the office writes it: STAFF…LEADER, or the Vietnamese words ("đầu mối", "lãnh đạo cơ quan"). */
public final class ContactRoles {

    /** Folded (no diacritics, lower case) words. */
    private static final Map<String, ContactRole> WORDS = Map.ofEntries(
            Map.entry("can bo dau moi", ContactRole.STAFF),
            Map.entry("dau moi", ContactRole.STAFF),
            Map.entry("can bo", ContactRole.STAFF),
            Map.entry("chuyen vien", ContactRole.STAFF),
            Map.entry("lanh dao co quan", ContactRole.HEAD),
            Map.entry("thu truong co quan", ContactRole.HEAD),
            Map.entry("van phong", ContactRole.OFFICE),
            Map.entry("van phong ubnd", ContactRole.OFFICE),
            Map.entry("van phong ubnd tinh", ContactRole.OFFICE),
            Map.entry("lanh dao", ContactRole.LEADER),
            Map.entry("lanh dao ubnd", ContactRole.LEADER),
            Map.entry("lanh dao ubnd tinh", ContactRole.LEADER));

    private ContactRoles() {
    }

    public static Optional<ContactRole> parse(String written) {
        String folded = written == null ? "" : VietnameseText.fold(written).trim().replaceAll("[\\s_-]+", " ");
        for (ContactRole role : ContactRole.values()) {
            if (role.name().equalsIgnoreCase(folded)) {
                return Optional.of(role);
            }
        }
        return Optional.ofNullable(WORDS.get(folded));
    }
}
