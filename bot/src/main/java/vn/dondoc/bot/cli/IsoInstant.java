package vn.dondoc.bot.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.register.OfficeZone;

/**
 * An instant as ISO-8601 ("2024-03-25T00:30:00Z", or with an offset), or a bare date meaning 07:30 that
 * day in Vietnam, the digest's hour.
 */
final class IsoInstant implements ITypeConverter<Instant> {

    static final LocalTime DIGEST_TIME = LocalTime.of(7, 30);

    private final Texts texts;

    IsoInstant(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Instant convert(String value) {
        String text = value.trim();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDate.parse(text).atTime(DIGEST_TIME).atZone(OfficeZone.ID).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new TypeConversionException(texts.get("cli.badInstant", value));
                }
            }
        }
    }
}
