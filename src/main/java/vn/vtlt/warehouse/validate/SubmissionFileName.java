package vn.vtlt.warehouse.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file name as the contract writes it (section 2): {@code <agency_code>_<dataset>_<year>[_anything].csv|.xlsx},
 * for example {@code QH-776_nhan-su_2016.csv}; or one sheet of a workbook of several datasets,
 * {@code <agency_code>_<year>[_anything].xlsx}, which the import records once per dataset sheet as
 * {@code QH-776_2016.xlsx [nhan-su]} ({@link #sheetOf}).
 */
public record SubmissionFileName(String agencyCode, Dataset dataset, int year, String extension) {

    public static final String EXPECTED = "<mã cơ quan>_<nhan-su|dao-tao|hoc-vien>_<năm>[_...].csv|.xlsx, "
            + "<mã cơ quan>_<năm>[_...].xlsx";

    private static final Pattern NAME = Pattern.compile(
            "([A-Za-z0-9-]+)_(nhan-su|dao-tao|hoc-vien)_(\\d{4})(?:_[^/\\\\]*)?\\.(csv|xlsx)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WORKBOOK = Pattern.compile(
            "([A-Za-z0-9-]+)_(\\d{4})(?:_[^/\\\\]*)?\\.xlsx", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORKBOOK_SHEET = Pattern.compile("(.+\\.xlsx) \\[(nhan-su|dao-tao|hoc-vien)]",
            Pattern.CASE_INSENSITIVE);

    /** Whether a file is a workbook of several datasets ({@code <agency_code>_<year>[_anything].xlsx}). */
    public static boolean isWorkbookOfDatasets(String fileName) {
        return WORKBOOK.matcher(fileName).matches() && !NAME.matcher(fileName).matches();
    }

    /** How the import names one dataset sheet of such a workbook. */
    public static String sheetOf(String workbookName, Dataset dataset) {
        return workbookName + " [" + dataset.code() + "]";
    }

    /** The file a recorded name came from: the workbook's name for one of its sheets, else the name itself. */
    public static String fileOf(String recordedName) {
        Matcher sheet = WORKBOOK_SHEET.matcher(recordedName);
        return sheet.matches() ? sheet.group(1) : recordedName;
    }

    public static Optional<SubmissionFileName> parse(String fileName) {
        Matcher sheet = WORKBOOK_SHEET.matcher(fileName);
        if (sheet.matches()) {
            Matcher workbook = WORKBOOK.matcher(sheet.group(1));
            return workbook.matches()
                    ? Optional.of(new SubmissionFileName(workbook.group(1).toUpperCase(Locale.ROOT),
                            Dataset.ofCode(sheet.group(2).toLowerCase(Locale.ROOT)).orElseThrow(),
                            Integer.parseInt(workbook.group(2)), "xlsx"))
                    : Optional.empty();
        }
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SubmissionFileName(m.group(1).toUpperCase(Locale.ROOT),
                Dataset.ofCode(m.group(2)).orElseThrow(), Integer.parseInt(m.group(3)),
                m.group(4).toLowerCase(Locale.ROOT)));
    }
}
