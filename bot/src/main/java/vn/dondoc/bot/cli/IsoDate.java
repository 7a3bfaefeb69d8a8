package vn.dondoc.bot.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.dondoc.messages.Texts;

/** YYYY-MM-DD, refused in one sentence in DONDOC_LANG otherwise. */
final class IsoDate implements ITypeConverter<LocalDate> {

    private final Texts texts;

    IsoDate(Texts texts) {
        this.texts = texts;
    }

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(texts.get("cli.badDate", value));
        }
    }
}
