package vn.vtlt.warehouse.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The review statistics for years {@code from..to}, as read from the warehouse views: the summary figures and the
 * breakdown tables. Renderers only present it.
 */
public record Review(int from, int to, List<Figure> figures, List<Table> tables, Table comparison) {

    /** A figure of the summary table. */
    public record Figure(String id, String unit, String labelVi, String labelEn, BigDecimal value) {

        public String label(Language language) {
            return language == Language.VI ? labelVi : labelEn;
        }

        public Object cell() {
            return unit.equals("PERCENT") ? new Percent(value) : value.longValueExact();
        }
    }

    /** A percentage, printed with its sign. */
    public record Percent(BigDecimal value) {
    }

    /** A table: a title and headings in both languages, and rows of Long, Percent, BigDecimal or String cells. */
    public record Table(String id, String titleVi, String titleEn, List<String> headingsVi, List<String> headingsEn,
                        List<List<Object>> rows) {

        public String title(Language language) {
            return language == Language.VI ? titleVi : titleEn;
        }

        public List<String> headings(Language language) {
            return language == Language.VI ? headingsVi : headingsEn;
        }
    }

    public String title(Language language) {
        String years = from == to ? Integer.toString(from) : from + " - " + to;
        return language == Language.VI
                ? "Thống kê sơ kết công tác văn thư, lưu trữ giai đoạn " + years
                : "Records and archives review statistics, " + years;
    }
}
