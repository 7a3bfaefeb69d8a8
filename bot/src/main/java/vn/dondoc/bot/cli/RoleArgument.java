package vn.dondoc.bot.cli;

import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * A contact's role as the office says it: STAFF, HEAD, OFFICE, LEADER, or the Vietnamese words ("cán bộ đầu
 * mối", "lãnh đạo cơ quan", "văn phòng", "lãnh đạo"), with or without diacritics, any case.
 */
final class RoleArgument implements ITypeConverter<ContactRole> {

    /** Folded (no diacritics, lower case) words; the texts' own labels ("Văn phòng UBND") are added too. */
    private static final Map<String, ContactRole> WORDS = Map.ofEntries(
            Map.entry("can bo dau moi", ContactRole.STAFF),
            Map.entry("dau moi", ContactRole.STAFF),
            Map.entry("can bo", ContactRole.STAFF),
            Map.entry("lanh dao co quan", ContactRole.HEAD),
            Map.entry("thu truong co quan", ContactRole.HEAD),
            Map.entry("van phong", ContactRole.OFFICE),
            Map.entry("van phong ubnd", ContactRole.OFFICE),
            Map.entry("van phong ubnd tinh", ContactRole.OFFICE),
            Map.entry("lanh dao", ContactRole.LEADER),
            Map.entry("lanh dao ubnd", ContactRole.LEADER),
            Map.entry("lanh dao ubnd tinh", ContactRole.LEADER));

    private final Texts texts;

    RoleArgument(Texts texts) {
        this.texts = texts;
    }

    @Override
    public ContactRole convert(String value) {
        String folded = VietnameseText.fold(value).trim().replaceAll("[\\s_-]+", " ");
        for (ContactRole role : ContactRole.values()) {
            if (role.name().equalsIgnoreCase(folded)) {
                return role;
            }
        }
        ContactRole role = WORDS.get(folded);
        if (role == null) {
            throw new TypeConversionException(texts.get("cli.badRole", value));
        }
        return role;
    }
}
