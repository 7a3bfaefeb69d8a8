package vn.dondoc.bot.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** YYYY-MM-DD, refused in one Vietnamese sentence otherwise. */
final class IsoDate implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("Ngày \"" + value + "\" không hợp lệ: hãy ghi theo dạng YYYY-MM-DD, ví dụ 2024-01-18.");
        }
    }
}
