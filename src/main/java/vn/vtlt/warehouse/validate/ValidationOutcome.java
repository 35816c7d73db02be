package vn.vtlt.warehouse.validate;

import java.util.Map;

/**
 * What validating one file found, as the load step needs it. Written beside the staging files as JSON
 * ({@link StagingFiles#outcome()}), so that validation can run on another machine than the load (Spring Batch
 * partitions).
 *
 * @param fileFault   the fault that rejects the whole file, or null
 * @param faultDetail what was found, for the feedback
 * @param agencyCode  agency from the file name (null when the name is not the contract's)
 * @param dataset     dataset code from the file name
 * @param reportYear  year from the file name
 * @param encoding    the encoding detected
 * @param delimiter   comma, semicolon or tab
 * @param rowsRead    data rows read
 * @param columns     the column letter of each recognised column, by alias
 * @param problems    faults and warnings staged ({@link StagingFiles#problems()}; none: no such file is written)
 */
public record ValidationOutcome(String fileFault, String faultDetail, String agencyCode, String dataset,
                                Integer reportYear, String encoding, String delimiter, long rowsRead,
                                Map<String, String> columns, long problems) {

    /** The names of the staging files (after the file's own name in the import's shared folder: {@link StagingFiles}). */
    public static final String FILE = "outcome.json";
    /** How {@link #delimiter} names the sheet of an XLSX submission: "sheet nhan-su". */
    public static final String SHEET_PREFIX = "sheet ";
    public static final String ROWS = "rows.csv";
    public static final String PROBLEMS = "problems.csv";

    public boolean rejectedWhole() {
        return fileFault != null;
    }
}
