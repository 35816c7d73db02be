package vn.vtlt.warehouse.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Dates as the contract allows them: {@code dd/MM/yyyy}, {@code d/M/yyyy}, {@code yyyy-MM-dd}; 31/02 is no date. */
public final class VnDates {

    public static final String EXPECTED = "dd/MM/yyyy, d/M/yyyy, yyyy-MM-dd";

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));

    private VnDates() {
    }

    public static Optional<LocalDate> parse(String text) {
        String value = text.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
