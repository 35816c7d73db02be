package vn.vtlt.warehouse.validate;

import java.util.List;

import vn.vtlt.warehouse.parse.TableLayout;

/**
 * The row checks of one dataset that need nothing but the row and the file (contract section 4): presence, numbers,
 * dates, person IDs, uniqueness in the file. Checks against reference data, the registry and other files run in SQL
 * at load time ({@code sql/submission/<dataset>/check.sql}).
 */
public interface DatasetRules {

    /** The columns of the staging file, in order, after {@code line_no}. */
    List<String> stagingColumns();

    /** Columns whose values a total row sums; empty when a total row counts rows instead. */
    List<String> summedColumns();

    /**
     * Checks one row; returns its staging values (matching {@link #stagingColumns()}), a faulty cell as null, so
     * that the SQL checks still see the rest of the row and every fault of a row is reported at once. The
     * context holds the faults; a row with any error is never loaded.
     */
    List<Object> check(RowContext row, PersonKeyHasher hasher);

    /** The rules of a dataset for one file, its columns looked up once in that file's layout. */
    static DatasetRules of(Dataset dataset, int year, TableLayout layout) {
        return switch (dataset) {
            case NHAN_SU -> new RosterRules(year, layout);
            case DAO_TAO -> new TrainingRules(layout);
            case HOC_VIEN -> new ParticipantRules(layout);
        };
    }
}
