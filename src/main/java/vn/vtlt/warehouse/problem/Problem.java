package vn.vtlt.warehouse.problem;

/**
 * One fault or warning at a line and column of a file.
 *
 * @param lineNo   line of the file, 1 = first line
 * @param column   the contract's English alias of the column
 * @param value    what was found, already masked where it is personal
 * @param fault    what is wrong
 * @param expected what was expected
 * @param severity ERROR (row not loaded) or WARNING
 */
public record Problem(long lineNo, String column, String value, Fault fault, String expected, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(long lineNo, String column, String value, Fault fault, String expected) {
        return new Problem(lineNo, column, value, fault, expected, Severity.ERROR);
    }

    public static Problem warning(long lineNo, String column, String value, Fault fault, String expected) {
        return new Problem(lineNo, column, value, fault, expected, Severity.WARNING);
    }
}
