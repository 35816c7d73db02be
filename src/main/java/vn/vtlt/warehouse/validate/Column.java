package vn.vtlt.warehouse.validate;

import vn.vtlt.warehouse.parse.TableLayout;

/**
 * A contract column as one file lays it out: its alias (how problems name it) and the index of its cell, looked up
 * once per file rather than once per cell of every row.
 *
 * @param alias the contract alias
 * @param index the 0-based cell index, -1 when the file has no such column
 */
public record Column(String alias, int index) {

    /** The column of that alias in the layout; absent (-1) when the file does not have it. */
    public static Column in(TableLayout layout, String alias) {
        return new Column(alias, layout.columnIndex().getOrDefault(alias, -1));
    }

    public boolean present() {
        return index >= 0;
    }
}
