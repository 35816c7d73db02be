package vn.vtlt.warehouse.report;

import java.util.List;

/** The review as Markdown: the summary table, then each breakdown, then the reconciliation if asked for. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(Review review, Language language) {
        StringBuilder md = new StringBuilder("# ").append(review.title(language)).append("\n\n");
        if (!review.subtitle(language).isEmpty()) {
            md.append(review.subtitle(language)).append("\n\n");
        }
        md.append("## ").append(language == Language.VI ? "Tổng hợp" : "Summary").append("\n\n");
        table(md, language == Language.VI ? List.of("Chỉ tiêu", "Giá trị") : List.of("Figure", "Value"),
                review.figures().stream().map(f -> List.of(f.label(language), language.format(f.cell()))).toList());
        for (Review.Table table : review.tables()) {
            section(md, table, language);
        }
        if (review.comparison() != null) {
            section(md, review.comparison(), language);
        }
        return md.toString();
    }

    private static void section(StringBuilder md, Review.Table table, Language language) {
        md.append("\n## ").append(table.title(language)).append("\n\n");
        table(md, table.headings(language),
                table.rows().stream().map(row -> row.stream().map(language::format).toList()).toList());
    }

    private static void table(StringBuilder md, List<String> headings, List<List<String>> rows) {
        md.append("| ").append(String.join(" | ", headings)).append(" |\n|");
        headings.forEach(h -> md.append("---|"));
        md.append('\n');
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
        }
    }
}
