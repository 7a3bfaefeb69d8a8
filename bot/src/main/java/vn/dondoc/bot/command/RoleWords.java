package vn.dondoc.bot.command;

import java.util.Map;
import java.util.Optional;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * A contact's role as the office types it in /lienhe: "cán bộ đầu mối", "lãnh đạo cơ quan", "văn phòng", "lãnh đạo",
 * with or without diacritics, or STAFF, HEAD, OFFICE, LEADER (the same words as the command line's {@code --role}).
 */
final class RoleWords {

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

    private RoleWords() {
    }

    static Optional<ContactRole> read(String written) {
        String folded = VietnameseText.fold(written).replaceAll("[\\s_-]+", " ").strip();
        for (ContactRole role : ContactRole.values()) {
            if (role.name().equalsIgnoreCase(folded)) {
                return Optional.of(role);
            }
        }
        return Optional.ofNullable(WORDS.get(folded));
    }
}
