package vn.vtlt.warehouse.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The review as JSON: figures keyed by id with their numeric values, tables as arrays of objects. */
final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(Review review, Language language) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", review.title(language));
        root.put("from", review.from());
        root.put("to", review.to());
        root.put("language", language.code());
        if (review.edition() != null) {
            Map<String, Object> edition = new LinkedHashMap<>();
            edition.put("number", review.edition().number());
            edition.put("published_on", review.edition().publishedOn().toString());
            edition.put("title", review.edition().title());
            root.put("edition", edition);
        }
        if (review.generatedAt() != null) {
            root.put("generated_at", review.generatedAt().toString());
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Review.Figure figure : review.figures()) {
            figures.put(figure.id(), Map.of("label", figure.label(language), "unit", figure.unit(), "value", figure.value()));
        }
        root.put("figures", figures);
        List<Review.Table> tables = new ArrayList<>(review.tables());
        if (review.comparison() != null) {
            tables.add(review.comparison());
        }
        for (Review.Table table : tables) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int c = 0; c < row.size(); c++) {
                    object.put(table.headingsEn().get(c).toLowerCase(java.util.Locale.ROOT).replace(' ', '_'), value(row.get(c), language));
                }
                rows.add(object);
            }
            root.put(table.id(), rows);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Object cell, Language language) {
        if (cell instanceof Review.Percent percent) {
            return percent.value();
        }
        if (cell instanceof Number || cell == null) {
            return cell instanceof BigDecimal decimal ? decimal : cell;
        }
        return language.format(cell);
    }
}
