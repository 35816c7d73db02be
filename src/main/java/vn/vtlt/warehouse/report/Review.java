package vn.vtlt.warehouse.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The review statistics for years {@code from..to}, as read from the warehouse views or as an edition froze them:
 * the summary figures and the breakdown tables, the edition it is (null for the current figures) and when it was
 * generated (for an edition, when it was frozen). Renderers only present it.
 */
public record Review(int from, int to, List<Figure> figures, List<Table> tables, Table comparison, Edition edition,
                     Instant generatedAt) {

    /** Dates and times are printed as they are in Ho Chi Minh City. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The current figures, without a generation time (a review built in memory). */
    public Review(int from, int to, List<Figure> figures, List<Table> tables, Table comparison) {
        this(from, to, figures, tables, comparison, null, null);
    }

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
        if (edition != null && edition.title() != null) {
            return edition.title();
        }
        String years = from == to ? Integer.toString(from) : from + " - " + to;
        return language == Language.VI
                ? "Thống kê sơ kết công tác văn thư, lưu trữ giai đoạn " + years
                : "Records and archives review statistics, " + years;
    }

    /**
     * Which figures these are, for headers and footers: "Số 1228/SNV-CCVTLT ngày 10/05/2017" for an edition,
     * "Số liệu hiện hành, lập lúc 01/12/2026 09:30" for the current figures.
     */
    public String stamp(Language language) {
        boolean vi = language == Language.VI;
        if (edition != null) {
            return (vi ? "Số " : "Edition ") + edition.number() + (vi ? " ngày " : " of ") + DAY.format(edition.publishedOn());
        }
        return generatedAt == null ? "" : (vi ? "Số liệu hiện hành, lập lúc " : "Current figures, generated on ") + generated();
    }

    /** The line under a report's title: which figures these are and when they were generated (for an edition, frozen). */
    public String subtitle(Language language) {
        boolean vi = language == Language.VI;
        if (edition == null) {
            return stamp(language);
        }
        return stamp(language) + (vi ? ", số liệu chốt lúc " : ", figures frozen on ") + generated();
    }

    /** The generation time, dd/MM/yyyy HH:mm in Ho Chi Minh City. */
    public String generated() {
        return generatedAt == null ? "" : MINUTE.format(generatedAt.atZone(ZONE));
    }

    /** The same review with more tables after its breakdowns (the revisions). */
    public Review withTables(List<Table> more) {
        List<Table> all = new ArrayList<>(tables);
        all.addAll(more);
        return new Review(from, to, figures, all, comparison, edition, generatedAt);
    }
}
