package vn.vtlt.warehouse.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * The review as the official Word document, laid out as Decree 30/2020/NĐ-CP prescribes for an administrative
 * report (báo cáo): the issuing body under its parent at the top left, the national title and the underlined motto
 * at the top right, the number and symbol, place and date, the title, the figures in sentences, the tables of the
 * breakdowns, the charts as images, the recipients (Nơi nhận) and the signature block; Times New Roman, 13-14 pt, A4,
 * the decree's margins (top and bottom 20 mm, left 30 mm, right 15 mm). Editable: every text is text, every table a
 * Word table. The file's bytes depend on the review and the letterhead only.
 */
final class DocxReport {

    static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point (1 mm = 56.7). */
    static final BigInteger A4_WIDTH = BigInteger.valueOf(11906);
    static final BigInteger A4_HEIGHT = BigInteger.valueOf(16838);
    static final BigInteger MARGIN_TOP = BigInteger.valueOf(1134);
    static final BigInteger MARGIN_BOTTOM = BigInteger.valueOf(1134);
    static final BigInteger MARGIN_LEFT = BigInteger.valueOf(1701);
    static final BigInteger MARGIN_RIGHT = BigInteger.valueOf(851);
    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private final XWPFDocument document;
    private final Review review;
    private final Language language;
    private final boolean vi;

    private DocxReport(XWPFDocument document, Review review, Language language) {
        this.document = document;
        this.review = review;
        this.language = language;
        this.vi = language == Language.VI;
    }

    static void write(Review review, Language language, Letterhead letterhead, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            DocxReport docx = new DocxReport(document, review, language);
            docx.page();
            docx.properties();
            docx.heading(letterhead);
            docx.title();
            docx.body();
            docx.tables();
            docx.charts();
            docx.signature(letterhead);
            document.write(bytes);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        out.write(StableZip.rewrite(bytes.toByteArray(), review.generatedAt()));
    }

    private void page() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(A4_WIDTH);
        size.setH(A4_HEIGHT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(MARGIN_TOP);
        margins.setBottom(MARGIN_BOTTOM);
        margins.setLeft(MARGIN_LEFT);
        margins.setRight(MARGIN_RIGHT);
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    /** Created and modified: the generation time (for an edition, when it was frozen), never the clock. */
    private void properties() {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(review.title(language));
        core.setCreator("vtlt-warehouse");
        if (review.generatedAt() != null) {
            core.setCreated(Optional.of(Date.from(review.generatedAt())));
            core.setModified(Optional.of(Date.from(review.generatedAt())));
        }
    }

    /** The decree's heading: body, number (left); national title, motto, place and date (right). */
    private void heading(Letterhead letterhead) {
        // the right column is wide enough for the national title and the place and date on one line each
        XWPFTable table = borderless(3300, 6054);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(centred(left.getParagraphs().get(0)), letterhead.parentBody().toUpperCase(), 12, false, false);
        run(centred(left.addParagraph()), letterhead.issuingBody().toUpperCase(), 12, true, false);
        run(centred(left.addParagraph()), "________", 13, false, false);
        String number = review.edition() == null ? "......../BC-......" : review.edition().number();
        run(centred(left.addParagraph()), (vi ? "Số: " : "No.: ") + number, 13, false, false);
        run(centred(right.getParagraphs().get(0)), NATIONAL_TITLE, 12, true, false);
        XWPFRun motto = run(centred(right.addParagraph()), MOTTO, 14, true, false);
        motto.setUnderline(UnderlinePatterns.SINGLE);
        run(centred(right.addParagraph()), "", 13, false, false);
        run(centred(right.addParagraph()), letterhead.place() + ", " + date(), 13, false, true);
    }

    /** "ngày 10 tháng 5 năm 2017": the decree writes days below 10 and months below 3 with a leading zero. */
    private String date() {
        if (review.edition() == null) {
            return vi ? "ngày ...... tháng ...... năm ......" : "(date)";
        }
        LocalDate day = review.edition().publishedOn();
        String dayText = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : Integer.toString(day.getDayOfMonth());
        String monthText = day.getMonthValue() < 3 ? "0" + day.getMonthValue() : Integer.toString(day.getMonthValue());
        return vi ? "ngày " + dayText + " tháng " + monthText + " năm " + day.getYear()
                : day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }

    private void title() {
        blank();
        run(centred(document.createParagraph()), vi ? "BÁO CÁO" : "REPORT", 14, true, false);
        run(centred(document.createParagraph()), review.title(language), 14, true, false);
        run(centred(document.createParagraph()), "________", 14, false, false);
        if (review.edition() == null) {
            run(centred(document.createParagraph()), review.subtitle(language), 13, false, true);
        }
    }

    /** The figures in sentences, as the seed report's section on results words them. */
    private void body() {
        Map<String, Review.Figure> figures = new LinkedHashMap<>();
        review.figures().forEach(f -> figures.put(f.id(), f));
        if (figures.isEmpty()) {
            return;
        }
        section(vi ? "I. KẾT QUẢ" : "I. RESULTS");
        int before = review.from() - 1;
        paragraph(vi
                ? "1. Về đội ngũ: đến ngày 31/12/" + before + ", tổng số cán bộ, công chức, viên chức làm công tác văn thư, lưu trữ là "
                        + whole(figures, "staff_before_total") + " người, trong đó có " + whole(figures, "staff_before_qualified")
                        + " người có trình độ chuyên ngành văn thư, lưu trữ, đạt tỷ lệ " + percent(figures, "staff_before_qualified_pct")
                        + "; đến ngày 31/12/" + review.to() + ", tổng số là " + whole(figures, "staff_after_total")
                        + " người, trong đó có " + whole(figures, "staff_after_qualified")
                        + " người có trình độ chuyên ngành văn thư, lưu trữ, đạt tỷ lệ " + percent(figures, "staff_after_qualified_pct") + "."
                : "1. Staff: on 31/12/" + before + ", " + whole(figures, "staff_before_total")
                        + " staff did records and archives work, of whom " + whole(figures, "staff_before_qualified")
                        + " were qualified in the speciality, a share of " + percent(figures, "staff_before_qualified_pct")
                        + "; on 31/12/" + review.to() + ", " + whole(figures, "staff_after_total") + ", of whom "
                        + whole(figures, "staff_after_qualified") + " qualified, a share of " + percent(figures, "staff_after_qualified_pct") + ".");
        paragraph(vi
                ? "2. Về đào tạo: trình độ đại học " + whole(figures, "degree_university") + " người, cao đẳng "
                        + whole(figures, "degree_college") + " người, trung cấp " + whole(figures, "degree_intermediate") + " người."
                : "2. Degree training: university " + whole(figures, "degree_university") + ", college "
                        + whole(figures, "degree_college") + ", intermediate " + whole(figures, "degree_intermediate") + ".");
        paragraph(vi
                ? "3. Về bồi dưỡng, tập huấn: bồi dưỡng trình độ sơ cấp " + whole(figures, "refresher_elementary")
                        + " lượt người, bồi dưỡng nghiệp vụ " + whole(figures, "refresher_skills") + " lượt người, tập huấn "
                        + whole(figures, "training_sessions") + " lượt người; ngoài ra, hội nghị phổ biến văn bản "
                        + whole(figures, "conferences") + " lượt người."
                : "3. Refresher training and sessions: elementary " + whole(figures, "refresher_elementary")
                        + " participations, professional skills " + whole(figures, "refresher_skills") + ", training sessions "
                        + whole(figures, "training_sessions") + "; besides, conferences " + whole(figures, "conferences") + ".");
        paragraph(vi
                ? "4. Về kinh phí: kinh phí đào tạo, bồi dưỡng từ ngân sách Thành phố và các cơ quan, tổ chức là "
                        + whole(figures, "funding_public_vnd") + " đồng."
                : "4. Funding: training funded by the city budget and agencies, " + whole(figures, "funding_public_vnd") + " VND.");
    }

    private String whole(Map<String, Review.Figure> figures, String id) {
        Review.Figure figure = figures.get(id);
        return figure == null ? "..." : language.format(figure.value().longValueExact());
    }

    /** "55,88%": the seed report writes the sign without a space. */
    private String percent(Map<String, Review.Figure> figures, String id) {
        Review.Figure figure = figures.get(id);
        return figure == null ? "..." : language.format(figure.value().setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    private void tables() {
        section(vi ? "II. SỐ LIỆU CHI TIẾT" : "II. DETAILED FIGURES");
        if (!review.figures().isEmpty()) {
            caption(vi ? "Tổng hợp" : "Summary");
            table(vi ? List.of("Chỉ tiêu", "Giá trị") : List.of("Figure", "Value"),
                    review.figures().stream().map(f -> List.<Object>of(f.label(language), f.cell())).toList());
        }
        for (Review.Table table : review.tables()) {
            caption(table.title(language));
            table(table.headings(language), table.rows());
        }
        if (review.comparison() != null) {
            caption(review.comparison().title(language));
            table(review.comparison().headings(language), review.comparison().rows());
        }
    }

    private void table(List<String> headings, List<List<Object>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headings.size());
        table.setWidth("100%");
        for (int c = 0; c < headings.size(); c++) {
            cell(table.getRow(0).getCell(c), headings.get(c), true, false);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                boolean number = value instanceof Number || value instanceof Review.Percent;
                cell(row.getCell(c), language.format(value), false, number);
            }
        }
    }

    private void cell(XWPFTableCell cell, String text, boolean bold, boolean number) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(number ? ParagraphAlignment.RIGHT : bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        run(paragraph, text, 12, bold, false);
    }

    private void charts() throws IOException, InvalidFormatException {
        if (review.tables().stream().noneMatch(t -> t.id().equals("staffing"))) {
            return;
        }
        section(vi ? "III. BIỂU ĐỒ" : "III. CHARTS");
        for (Charts chart : Charts.of(review, language)) {
            caption(chart.title());
            XWPFRun picture = centred(document.createParagraph()).createRun();
            int widthPoints = 450;
            picture.addPicture(new ByteArrayInputStream(ChartImage.png(chart, language)), PictureType.PNG, chart.id() + ".png",
                    Units.toEMU(widthPoints), Units.toEMU(widthPoints * ChartImage.HEIGHT / (double) ChartImage.WIDTH));
        }
    }

    /** Nơi nhận at the bottom left (12 pt bold italic, then 11 pt), the signature block at the bottom right. */
    private void signature(Letterhead letterhead) {
        blank();
        XWPFTable table = borderless(4677, 4677);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(left.getParagraphs().get(0), vi ? "Nơi nhận:" : "To:", 12, true, true);
        List<String> recipients = letterhead.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            run(left.addParagraph(), "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"), 11, false, false);
        }
        XWPFParagraph first = centred(right.getParagraphs().get(0));
        if (!letterhead.authority().isEmpty()) {
            run(first, letterhead.authority().toUpperCase(), 13, true, false);
            first = centred(right.addParagraph());
        }
        run(first, letterhead.position().toUpperCase(), 13, true, false);
        for (int i = 0; i < 4; i++) {
            run(centred(right.addParagraph()), "", 13, false, false);
        }
        run(centred(right.addParagraph()), letterhead.signerName(), 14, true, false);
    }

    /** A layout table of one row without borders, its two columns of the given widths (twentieths of a point). */
    private XWPFTable borderless(int leftWidth, int rightWidth) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth(Integer.toString(leftWidth + rightWidth));
        int[] widths = {leftWidth, rightWidth};
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        for (int c = 0; c < widths.length; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
            table.getRow(0).getCell(c).setWidth(Integer.toString(widths[c]));
        }
        return table;
    }

    private void section(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(240);
        run(paragraph, text, 14, true, false);
    }

    private void caption(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(180);
        run(paragraph, text, 13, true, false);
    }

    /** Body text: 14 pt, justified, first line indented 1 cm, 6 pt after. */
    private void paragraph(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        paragraph.setSpacingAfter(120);
        run(paragraph, text, 14, false, false);
    }

    private void blank() {
        run(document.createParagraph(), "", 13, false, false);
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}
