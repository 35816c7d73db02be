package vn.vtlt.warehouse.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import vn.vtlt.warehouse.parse.TextKey;
import vn.vtlt.warehouse.parse.VnDates;
import vn.vtlt.warehouse.parse.VnNumbers;
import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.problem.Problem;

/**
 * One data row being checked: typed access to its cells by {@link Column}, and the problems found so far.
 * Each accessor reports its own fault and returns null, so that all faults of a row are reported at once.
 */
public final class RowContext {

    private final long lineNo;
    private final List<String> cells;
    private final Map<String, Integer> columnIndex;
    private final List<Problem> problems = new ArrayList<>();
    /** Each cell in NFC, normalised on first use: the checks read the same cell several times. */
    private final String[] normalised;

    public RowContext(long lineNo, List<String> cells, Map<String, Integer> columnIndex) {
        this.lineNo = lineNo;
        this.cells = cells;
        this.columnIndex = columnIndex;
        this.normalised = new String[cells.size()];
    }

    public long lineNo() {
        return lineNo;
    }

    /** The cell of that alias in NFC, "" when the column is absent or empty (a map lookup: the registry's few rows). */
    public String text(String alias) {
        return text(columnIndex.getOrDefault(alias, -1));
    }

    /** The cell in NFC, "" when the column is absent or empty. */
    public String text(Column column) {
        return text(column.index());
    }

    private String text(int index) {
        if (index < 0 || index >= cells.size()) {
            return "";
        }
        if (normalised[index] == null) {
            normalised[index] = TextKey.nfc(cells.get(index));
        }
        return normalised[index];
    }

    /** A required text cell; null (reported) when empty. */
    public String requiredText(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            error(column, "", Fault.MISSING_VALUE, "không để trống / not empty");
            return null;
        }
        return value;
    }

    /** A whole number in [min, max]; the default when empty and not required; null (reported) when invalid. */
    public Long whole(Column column, boolean required, Long defaultValue, long min, long max) {
        String value = text(column);
        if (value.isEmpty()) {
            if (required) {
                error(column, "", Fault.MISSING_VALUE, "số nguyên / a whole number");
            }
            return required ? null : defaultValue;
        }
        OptionalLong parsed = VnNumbers.parseWhole(value);
        if (parsed.isEmpty()) {
            error(column, value, Fault.INVALID_NUMBER, "số nguyên, ví dụ / whole number, e.g. 1.250.000");
            return null;
        }
        if (parsed.getAsLong() < min || parsed.getAsLong() > max) {
            error(column, value, Fault.OUT_OF_RANGE, min + " - " + max);
            return null;
        }
        return parsed.getAsLong();
    }

    /** A required date; null (reported) when empty or invalid. */
    public LocalDate date(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            error(column, "", Fault.MISSING_VALUE, VnDates.EXPECTED);
            return null;
        }
        LocalDate date = VnDates.parse(value).orElse(null);
        if (date == null) {
            error(column, value, Fault.INVALID_DATE, VnDates.EXPECTED);
        }
        return date;
    }

    /** A person ID, normalised; null (reported, by its shape only) when missing or invalid. */
    public String personId(Column column) {
        String raw = text(column);
        if (raw.isEmpty()) {
            error(column, "", Fault.MISSING_VALUE, PersonIds.EXPECTED);
            return null;
        }
        PersonIds.Result result = PersonIds.read(raw);
        switch (result.kind()) {
            case SCIENTIFIC -> error(column, PersonIds.shape(raw), Fault.PERSON_ID_SCIENTIFIC, PersonIds.EXPECTED);
            case INVALID -> error(column, PersonIds.shape(raw), Fault.INVALID_PERSON_ID, PersonIds.EXPECTED);
            case REPAIRED -> problems.add(Problem.warning(lineNo, column.alias(), PersonIds.shape(raw),
                    Fault.CCCD_LEADING_ZERO_RESTORED, "12 chữ số / 12 digits"));
            case VALID -> { }
        }
        return result.id();
    }

    public void error(Column column, String value, Fault fault, String expected) {
        problems.add(Problem.error(lineNo, column.alias(), value, fault, expected));
    }

    public List<Problem> problems() {
        return problems;
    }
}
