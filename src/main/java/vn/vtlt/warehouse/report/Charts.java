package vn.vtlt.warehouse.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review's three charts, drawn by the HTML page (inline SVG) and the official document (images): the qualified
 * share over the years, participations by category, funding by source.
 */
record Charts(String id, String title, Map<String, BigDecimal> values, boolean percent) {

    static List<Charts> of(Review review, Language language) {
        Map<String, BigDecimal> share = new LinkedHashMap<>();
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        Map<String, BigDecimal> bySource = new LinkedHashMap<>();
        for (Review.Table table : review.tables()) {
            for (List<Object> row : table.rows()) {
                switch (table.id()) {
                    case "staffing" -> share.put(row.get(0).toString(), ((Review.Percent) row.get(3)).value());
                    case "training" -> byCategory.merge(language.format(row.get(1)), BigDecimal.valueOf((Long) row.get(4)), BigDecimal::add);
                    case "funding" -> bySource.merge(language.format(row.get(1)), BigDecimal.valueOf((Long) row.get(2)), BigDecimal::add);
                    default -> { }
                }
            }
        }
        boolean vi = language == Language.VI;
        return List.of(
                new Charts("chart-qualified", vi ? "Tỷ lệ có trình độ chuyên ngành VTLT (%)" : "VTLT-qualified share (%)", share, true),
                new Charts("chart-participations", vi ? "Số lượt theo loại hình" : "Participations by category", byCategory, false),
                new Charts("chart-funding", vi ? "Kinh phí theo nguồn (đồng)" : "Funding by source (VND)", bySource, false));
    }

    /** A bar's value as printed above it. */
    String label(BigDecimal value, Language language) {
        return percent ? language.format(new Review.Percent(value)) : language.format(value.longValue());
    }

    /** The largest value, the full height of a bar (one, when all are zero). */
    BigDecimal max() {
        BigDecimal max = values.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        return max.signum() == 0 ? BigDecimal.ONE : max;
    }
}
