package vn.vtlt.warehouse.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file name as the contract writes it (section 2): {@code <agency_code>_<dataset>_<year>[_anything].csv|.xlsx},
 * for example {@code QH-776_nhan-su_2016.csv}.
 */
public record SubmissionFileName(String agencyCode, Dataset dataset, int year, String extension) {

    public static final String EXPECTED = "<mã cơ quan>_<nhan-su|dao-tao|hoc-vien>_<năm>[_...].csv";

    private static final Pattern NAME = Pattern.compile(
            "([A-Za-z0-9-]+)_(nhan-su|dao-tao|hoc-vien)_(\\d{4})(?:_[^/\\\\]*)?\\.(csv|xlsx)",
            Pattern.CASE_INSENSITIVE);

    public static Optional<SubmissionFileName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SubmissionFileName(m.group(1).toUpperCase(Locale.ROOT),
                Dataset.ofCode(m.group(2)).orElseThrow(), Integer.parseInt(m.group(3)),
                m.group(4).toLowerCase(Locale.ROOT)));
    }
}
