package vn.vtlt.warehouse.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The review as one self-contained HTML page: the tables, and three charts drawn as inline SVG (no script, no
 * outside file): the qualified share over the years, participations by category, funding by source. Every text
 * from the warehouse is escaped.
 */
final class HtmlReport {

    private static final int WIDTH = 680;
    private static final int BAR_AREA = 200;

    private HtmlReport() {
    }

    static String render(Review review, Language language) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.code())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(review.title(language)))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;color:#222}"
                        + "table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #bbb;padding:.3rem .6rem}"
                        + "td.n{text-align:right}th{background:#eef}svg text{font-size:12px}</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(review.title(language))).append("</h1>\n");
        if (!review.subtitle(language).isEmpty()) {
            html.append("<p id=\"edition\">").append(escape(review.subtitle(language))).append("</p>\n");
        }
        html.append("<h2>").append(language == Language.VI ? "Tổng hợp" : "Summary").append("</h2>\n<table>\n");
        for (Review.Figure figure : review.figures()) {
            html.append("<tr><th>").append(escape(figure.label(language))).append("</th><td class=\"n\">")
                    .append(escape(language.format(figure.cell()))).append("</td></tr>\n");
        }
        html.append("</table>\n");
        charts(html, review, language);
        for (Review.Table table : review.tables()) {
            table(html, table, language);
        }
        if (review.comparison() != null) {
            table(html, review.comparison(), language);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void charts(StringBuilder html, Review review, Language language) {
        for (Charts chart : Charts.of(review, language)) {
            chart(html, chart, language);
        }
    }

    private static void chart(StringBuilder html, Charts chart, Language language) {
        html.append("<h2>").append(escape(chart.title())).append("</h2>\n");
        int bars = Math.max(chart.values().size(), 1);
        int slot = (WIDTH - 40) / bars;
        BigDecimal max = chart.max();
        html.append("<svg id=\"").append(chart.id()).append("\" role=\"img\" aria-label=\"").append(escape(chart.title()))
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(BAR_AREA + 70)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        int i = 0;
        for (Map.Entry<String, BigDecimal> bar : chart.values().entrySet()) {
            int height = bar.getValue().multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
            int x = 30 + i * slot;
            int y = 20 + BAR_AREA - height;
            String label = chart.label(bar.getValue(), language);
            html.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(slot - 12)
                    .append("\" height=\"").append(height).append("\" fill=\"#3a6ea5\"><title>").append(escape(bar.getKey()))
                    .append(": ").append(escape(label)).append("</title></rect>\n");
            html.append("<text x=\"").append(x).append("\" y=\"").append(y - 4).append("\">").append(escape(label)).append("</text>\n");
            html.append("<text x=\"").append(x).append("\" y=\"").append(BAR_AREA + 38).append("\">")
                    .append(escape(bar.getKey())).append("</text>\n");
            i++;
        }
        html.append("</svg>\n");
    }

    private static void table(StringBuilder html, Review.Table table, Language language) {
        html.append("<h2>").append(escape(table.title(language))).append("</h2>\n<table id=\"").append(table.id()).append("\">\n<tr>");
        table.headings(language).forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<Object> row : table.rows()) {
            html.append("<tr>");
            for (Object cell : row) {
                boolean number = cell instanceof Number || cell instanceof Review.Percent;
                html.append(number ? "<td class=\"n\">" : "<td>").append(escape(language.format(cell))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
