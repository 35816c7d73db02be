package vn.vtlt.warehouse.parse;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the machine one submission file may take while it is read ({@code vtlt.limits.*}): each limit is
 * checked before the resource runs out, so that a file that exceeds one is rejected on its own
 * ({@code RESOURCE_LIMIT}, naming the limit and its setting) instead of failing the run for every agency. The readers
 * apply them, so every caller of the validator (the nightly import, the portal's dry run) has the same protection.
 *
 * @param maxPartBytes     the most bytes one part of a workbook (a sheet, the shared strings) may inflate to,
 *                         counted while inflating (the size the zip declares is not trusted)
 * @param maxInflateRatio  the most a part may inflate relative to the size of the whole workbook file: real sheets
 *                         inflate 5 to 30 times, a zip bomb hundreds or thousands of times
 * @param maxColumns       the last column a cell may be in (16,384 = XFD, the last column Excel has)
 * @param maxCellChars     the most characters of one cell, one shared string, or one CSV record (a line, or the
 *                         lines a quoted field spans: they are one field)
 * @param maxSharedStrings the most strings a workbook's shared-strings table may hold (a participant list of
 *                         1,000,000 rows as Excel saves it has 2,000,000: each ID and each name)
 * @param maxSharedChars   the most characters all shared strings together may hold (the reader keeps those it has
 *                         met in memory)
 * @param maxRows          the most data rows of one submission, by dataset
 * @param readTime         the longest reading and validating one file may take
 */
public record ReadLimits(
        @DefaultValue("5368709120") long maxPartBytes,
        @DefaultValue("100") int maxInflateRatio,
        @DefaultValue("16384") int maxColumns,
        @DefaultValue("1000000") int maxCellChars,
        @DefaultValue("5000000") long maxSharedStrings,
        @DefaultValue("100000000") long maxSharedChars,
        @DefaultValue MaxRows maxRows,
        @DefaultValue("10m") Duration readTime) {

    /** The defaults, as an import started without any {@code vtlt.limits} setting has them. */
    public static final ReadLimits DEFAULTS = new Binder().bindOrCreate("vtlt.limits", Bindable.of(ReadLimits.class));

    /**
     * @param nhanSu a roster: the largest real agency has a few hundred VTLT staff
     * @param daoTao an agency's classes of a year
     * @param hocVien participant lists: national e-learning sends legitimate lists of 2,000,000 rows
     */
    public record MaxRows(@DefaultValue("200000") long nhanSu, @DefaultValue("200000") long daoTao,
                          @DefaultValue("3000000") long hocVien) {

        /** The limit of a dataset, by its code ({@code nhan-su}...), and the setting that raises it. */
        public long of(String datasetCode) {
            return switch (datasetCode) {
                case "nhan-su" -> nhanSu;
                case "dao-tao" -> daoTao;
                default -> hocVien;
            };
        }
    }

    /** The largest a part of a workbook of this many bytes may inflate to. */
    public long maxPartBytes(long fileBytes) {
        // a floor, so that a tiny workbook with a few rows of text is never refused for its ratio
        long byRatio = Math.max(fileBytes, 1L << 20) * maxInflateRatio;
        return Math.min(maxPartBytes, byRatio);
    }
}
