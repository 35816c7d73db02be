package vn.vtlt.warehouse.report;

/**
 * Keeps text cells of exported files from being run as formulas when opened in a spreadsheet (CSV injection):
 * a text that begins with {@code = + - @}, a tab or a carriage return gets a leading apostrophe in CSV, the
 * spreadsheet convention for "this is text". In XLSX every text is written as a string cell, never a formula.
 */
public final class SafeCells {

    private SafeCells() {
    }

    public static boolean risky(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    public static String csv(String text) {
        return risky(text) ? "'" + text : text;
    }
}
