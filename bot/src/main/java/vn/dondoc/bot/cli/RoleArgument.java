package vn.dondoc.bot.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.ContactRoles;

/**
 * A contact's role as the office says it: STAFF, HEAD, OFFICE, LEADER, or the Vietnamese words ("cán bộ đầu
 * mối", "lãnh đạo cơ quan", "văn phòng", "lãnh đạo"), with or without diacritics, any case. The same words as a
 * contacts spreadsheet's "Vai trò" column ({@link ContactRoles}).
 */
final class RoleArgument implements ITypeConverter<ContactRole> {

    private final Texts texts;

    RoleArgument(Texts texts) {
        this.texts = texts;
    }

    @Override
    public ContactRole convert(String value) {
        return ContactRoles.parse(value).orElseThrow(() -> new TypeConversionException(texts.get("cli.badRole", value)));
    }
}
