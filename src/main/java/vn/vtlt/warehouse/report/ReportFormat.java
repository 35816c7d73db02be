package vn.vtlt.warehouse.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats of the {@code report} command; DOCX, the official document, needs the letterhead. */
public enum ReportFormat {
    MD, HTML, XLSX, CSV, JSON, DOCX;

    public static ReportFormat of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    public void write(Review review, Language language, OutputStream out) throws IOException {
        write(review, language, null, out);
    }

    public void write(Review review, Language language, Letterhead letterhead, OutputStream out) throws IOException {
        switch (this) {
            case MD -> out.write(MarkdownReport.render(review, language).getBytes(StandardCharsets.UTF_8));
            case HTML -> out.write(HtmlReport.render(review, language).getBytes(StandardCharsets.UTF_8));
            case XLSX -> XlsxReport.write(review, language, out);
            case CSV -> out.write(CsvReport.render(review, language).getBytes(StandardCharsets.UTF_8));
            case JSON -> out.write(JsonReport.render(review, language).getBytes(StandardCharsets.UTF_8));
            case DOCX -> {
                if (letterhead == null) {
                    throw new IllegalArgumentException("the official document needs its letterhead");
                }
                DocxReport.write(review, language, letterhead, out);
            }
        }
    }
}
