package vn.vtlt.warehouse.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The formats of the {@code report} command. */
public enum ReportFormat {
    MD, HTML, XLSX, CSV, JSON;

    public static ReportFormat of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    public void write(Review review, Language language, OutputStream out) throws IOException {
        switch (this) {
            case MD -> out.write(MarkdownReport.render(review, language).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case HTML -> out.write(HtmlReport.render(review, language).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case XLSX -> XlsxReport.write(review, language, out);
            case CSV -> out.write(CsvReport.render(review, language).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case JSON -> out.write(JsonReport.render(review, language).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
