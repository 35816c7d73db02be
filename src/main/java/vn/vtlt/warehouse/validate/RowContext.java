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
 * One data row being checked: typed access to its cells by column alias, and the problems found so far.
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

    /** The cell in NFC, "" when the column is absent or empty. */
    public String text(String alias) {
        Integer index = columnIndex.get(alias);
        if (index == null || index >= cells.size()) {
            return "";
        }
        if (normalised[index] == null) {
            normalised[index] = TextKey.nfc(cells.get(index));
        }
        return normalised[index];
    }

    /** A required text cell; null (reported) when empty. */
    public String requiredText(String alias) {
        String value = text(alias);
        if (value.isEmpty()) {
            error(alias, "", Fault.MISSING_VALUE, "không để trống / not empty");
            return null;
        }
        return value;
    }

    /** A whole number in [min, max]; the default when empty and not required; null (reported) when invalid. */
    public Long whole(String alias, boolean required, Long defaultValue, long min, long max) {
        String value = text(alias);
        if (value.isEmpty()) {
            if (required) {
                error(alias, "", Fault.MISSING_VALUE, "số nguyên / a whole number");
            }
            return required ? null : defaultValue;
        }
        OptionalLong parsed = VnNumbers.parseWhole(value);
        if (parsed.isEmpty()) {
            error(alias, value, Fault.INVALID_NUMBER, "số nguyên, ví dụ / whole number, e.g. 1.250.000");
            return null;
        }
        if (parsed.getAsLong() < min || parsed.getAsLong() > max) {
            error(alias, value, Fault.OUT_OF_RANGE, min + " - " + max);
            return null;
        }
        return parsed.getAsLong();
    }

    /** A required date; null (reported) when empty or invalid. */
    public LocalDate date(String alias) {
        String value = text(alias);
        if (value.isEmpty()) {
            error(alias, "", Fault.MISSING_VALUE, VnDates.EXPECTED);
            return null;
        }
        LocalDate date = VnDates.parse(value).orElse(null);
        if (date == null) {
            error(alias, value, Fault.INVALID_DATE, VnDates.EXPECTED);
        }
        return date;
    }

    /** A person ID, normalised; null (reported, by its shape only) when missing or invalid. */
    public String personId(String alias) {
        String raw = text(alias);
        if (raw.isEmpty()) {
            error(alias, "", Fault.MISSING_VALUE, PersonIds.EXPECTED);
            return null;
        }
        PersonIds.Result result = PersonIds.read(raw);
        switch (result.kind()) {
            case SCIENTIFIC -> error(alias, PersonIds.shape(raw), Fault.PERSON_ID_SCIENTIFIC, PersonIds.EXPECTED);
            case INVALID -> error(alias, PersonIds.shape(raw), Fault.INVALID_PERSON_ID, PersonIds.EXPECTED);
            case REPAIRED -> problems.add(Problem.warning(lineNo, alias, PersonIds.shape(raw),
                    Fault.CCCD_LEADING_ZERO_RESTORED, "12 chữ số / 12 digits"));
            case VALID -> { }
        }
        return result.id();
    }

    public void error(String alias, String value, Fault fault, String expected) {
        problems.add(Problem.error(lineNo, alias, value, fault, expected));
    }

    public void warning(String alias, String value, Fault fault, String expected) {
        problems.add(Problem.warning(lineNo, alias, value, fault, expected));
    }

    public List<Problem> problems() {
        return problems;
    }
}
