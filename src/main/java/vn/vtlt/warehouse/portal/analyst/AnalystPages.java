package vn.vtlt.warehouse.portal.analyst;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.portal.Analytics;
import vn.vtlt.warehouse.portal.Role;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.report.Bilingual;
import vn.vtlt.warehouse.report.Language;
import vn.vtlt.warehouse.report.Letterhead;
import vn.vtlt.warehouse.report.ReportFormat;
import vn.vtlt.warehouse.report.QueryRows;
import vn.vtlt.warehouse.report.Review;
import vn.vtlt.warehouse.report.ReviewQuery;
import vn.vtlt.warehouse.validate.Dataset;

/**
 * The analysts' pages (ANALYST and OPERATOR accounts): the review of a range of years (the report's figures and
 * charts, its downloads), completeness of a year and dataset by district and agency type, an agency's page, and
 * staffing and training by district and agency type over the years. Every answer comes from the published
 * analytics file, read-only, a connection per question ({@link Analytics}); every table downloads as CSV or XLSX
 * ({@code ?download=csv&table=ID}).
 */
@Controller
public class AnalystPages {

    private static final Pattern CHART = Pattern.compile("(?s)<h2>[^<]*</h2>\\s*<svg id=\"chart-.*?</svg>");
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final Analytics analytics;
    private final PublishedAnswers answers;
    private final Path analyticsFile;
    private final Path publishedFigures;

    public AnalystPages(Analytics analytics, PublishedAnswers answers, VtltProperties properties) {
        this.analytics = analytics;
        this.answers = answers;
        this.analyticsFile = properties.home().resolve(Publisher.ANALYTICS_FILE);
        this.publishedFigures = properties.portal().publishedFigures();
    }

    @ModelAttribute("signedIn")
    public boolean signedIn() {
        return true;
    }

    /** Operators see the way to their pages. */
    @ModelAttribute("operator")
    public boolean operator(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.OPERATOR.authority()));
    }

    /** The page's own address, which its tables' download links extend. */
    @ModelAttribute("here")
    public String here(HttpServletRequest request) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang").build().toUriString();
    }

    @GetMapping("/analyst")
    public String index(Model model) throws SQLException, IOException {
        model.addAttribute("years", years());
        return "analyst/index";
    }

    // --- the review -----------------------------------------------------------------------------------------

    @GetMapping("/analyst/review")
    public String review(@RequestParam Optional<Integer> from, @RequestParam Optional<Integer> to, Locale locale,
                         Model model) throws SQLException, IOException {
        List<Integer> years = years();
        if (years.isEmpty()) {
            return "analyst/nothing";
        }
        int last = to.orElse(years.get(years.size() - 1));
        int first = from.orElse(defaultFrom(years, last));
        Review review = review(first, last);
        Language language = Cells.language(locale);
        String charts = answers.get("charts " + first + " " + last + " " + language, () -> charts(review, language));
        List<Review.Table> tables = new ArrayList<>(review.tables());
        if (review.comparison() != null) {
            tables.add(review.comparison());
        }
        model.addAttribute("review", review);
        model.addAttribute("title", review.title(language));
        model.addAttribute("charts", charts);
        model.addAttribute("tables", tables);
        model.addAttribute("years", years);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("formats", List.of("html", "xlsx", "csv", "json", "md"));
        return "analyst/review";
    }

    /** The report's own charts, as its HTML page draws them (inline SVG, every text escaped there). */
    private static String charts(Review review, Language language) throws IOException {
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        ReportFormat.HTML.write(review, language, html);
        StringBuilder charts = new StringBuilder();
        Matcher chart = CHART.matcher(html.toString(StandardCharsets.UTF_8));
        while (chart.find()) {
            charts.append("<figure class=\"chart\">").append(chart.group().replaceFirst("<h2>", "<h3>").replaceFirst("</h2>", "</h3>"))
                    .append("</figure>\n");
        }
        return charts.toString();
    }

    /** The report itself, in any of its formats, exactly as {@code report --format F} writes it. */
    @GetMapping("/analyst/review/report")
    public ResponseEntity<byte[]> report(@RequestParam int from, @RequestParam int to, @RequestParam String format,
                                         Locale locale) throws SQLException, IOException {
        ReportFormat chosen;
        try {
            chosen = ReportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Review review = review(from, to);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the official document's letterhead: the same file as the report command's default (jobs/review.yml)
        Path letterhead = Path.of("jobs/review.yml");
        if (chosen == ReportFormat.DOCX && !Files.isRegularFile(letterhead)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no letterhead " + letterhead.toAbsolutePath());
        }
        chosen.write(review, Cells.language(locale), chosen == ReportFormat.DOCX ? Letterhead.read(letterhead) : null, out);
        String extension = chosen.name().toLowerCase(Locale.ROOT);
        MediaType type = switch (chosen) {
            case HTML -> MediaType.TEXT_HTML;
            case JSON -> MediaType.APPLICATION_JSON;
            case XLSX -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            case CSV -> new MediaType("text", "csv", StandardCharsets.UTF_8);
            case MD -> new MediaType("text", "markdown", StandardCharsets.UTF_8);
            case DOCX -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        };
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("review-" + from + "-" + to + "." + extension).build().toString())
                .body(out.toByteArray());
    }

    @GetMapping(value = "/analyst/review", params = "download")
    public ResponseEntity<byte[]> reviewTable(@RequestParam Optional<Integer> from, @RequestParam Optional<Integer> to,
                                              @RequestParam String table, @RequestParam String download, Locale locale)
            throws SQLException, IOException {
        List<Integer> years = years();
        if (years.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        int last = to.orElse(years.get(years.size() - 1));
        Review review = review(from.orElse(defaultFrom(years, last)), last);
        List<Review.Table> tables = new ArrayList<>(review.tables());
        if (review.comparison() != null) {
            tables.add(review.comparison());
        }
        tables.add(new Review.Table("figures", "Tổng hợp", "Summary", List.of("Chỉ tiêu", "Giá trị"), List.of("Figure", "Value"),
                review.figures().stream().map(f -> List.<Object>of(new Bilingual(f.labelVi(), f.labelEn()), f.cell())).toList()));
        return PageTables.download(pick(tables, table), download, Cells.language(locale));
    }

    /** A review of three years by default (the department's reviews cover three), within the years held. */
    private static int defaultFrom(List<Integer> years, int last) {
        return Math.max(years.get(0) + 1, last - 2);
    }

    /** The review, reconciled with the published figures when a file of them is configured. */
    private Review review(int from, int to) throws SQLException, IOException {
        Path published = publishedFigures != null && Files.isRegularFile(publishedFigures) ? publishedFigures : null;
        String question = "review " + from + " " + to
                + (published == null ? "" : " " + published + " " + Files.getLastModifiedTime(published));
        return answers.get(question, () -> ReviewQuery.read(analyticsFile, from, to, published));
    }

    // --- completeness ---------------------------------------------------------------------------------------

    @GetMapping("/analyst/completeness")
    public String completeness(@RequestParam Optional<Integer> year, @RequestParam Optional<String> dataset, Model model)
            throws SQLException, IOException {
        List<Integer> years = years();
        if (years.isEmpty()) {
            return "analyst/nothing";
        }
        int chosenYear = year.orElse(years.get(years.size() - 1));
        String chosenDataset = dataset(dataset);
        model.addAttribute("year", chosenYear);
        model.addAttribute("dataset", chosenDataset);
        model.addAttribute("years", years);
        model.addAttribute("datasets", Dataset.values());
        model.addAttribute("tables", completenessTables(chosenYear, chosenDataset));
        return "analyst/completeness";
    }

    @GetMapping(value = "/analyst/completeness", params = "download")
    public ResponseEntity<byte[]> completenessTable(@RequestParam Optional<Integer> year, @RequestParam Optional<String> dataset,
                                                    @RequestParam String table, @RequestParam String download, Locale locale)
            throws SQLException, IOException {
        List<Integer> years = years();
        if (years.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<Review.Table> tables = completenessTables(year.orElse(years.get(years.size() - 1)), dataset(dataset));
        return PageTables.download(pick(tables, table), download, Cells.language(locale));
    }

    private List<Review.Table> completenessTables(int year, String dataset) throws SQLException, IOException {
        return answers.get("completeness " + year + " " + dataset,
                () -> analytics.read(connection -> completenessTables(connection, year, dataset)).orElse(List.of()));
    }

    private static List<Review.Table> completenessTables(Connection connection, int year, String dataset) throws SQLException {
        List<List<Object>> counted = QueryRows.rows(connection, "sql/portal/analyst/completeness.sql", year, dataset);
        List<List<Object>> byDistrict = new ArrayList<>();
        List<List<Object>> byType = new ArrayList<>();
        List<List<Object>> city = new ArrayList<>();
        for (List<Object> row : counted) {
            String breakdown = (String) row.get(0);
            Map<String, String> filter = new LinkedHashMap<>();
            Object label;
            if (breakdown.equals("district")) {
                Bilingual district = (Bilingual) row.get(1);
                filter.put("district", district.vi().equals(district.en()) ? district.vi() : district.vi() + " | " + district.en());
                label = district;
            } else if (breakdown.equals("type")) {
                filter.put("type", (String) row.get(2));
                label = row.get(3);
            } else {
                label = new Bilingual("Toàn Thành phố", "The whole city");
            }
            List<Object> line = new ArrayList<>();
            line.add(label);
            String[] statuses = {null, "ACCEPTED", "REJECTED", "MISSING"};
            for (int i = 0; i < statuses.length; i++) {
                line.add(new Linked(row.get(4 + i), agenciesLink(year, dataset, statuses[i], filter)));
            }
            (breakdown.equals("district") ? byDistrict : breakdown.equals("type") ? byType : city).add(line);
        }
        List<String> countsVi = List.of("Phải nộp", "Đã chấp nhận", "Bị từ chối", "Chưa nộp");
        List<String> countsEn = List.of("Owe it", "Accepted", "Rejected", "Missing");
        List<List<Object>> neverSent = QueryRows.rows(connection, "sql/portal/analyst/never_sent.sql").stream()
                .map(row -> {
                    List<Object> line = new ArrayList<>(row);
                    line.set(0, new Linked(row.get(0), "/analyst/agencies/" + row.get(0)));
                    return line;
                }).toList();
        List<List<Object>> rates = QueryRows.rows(connection, "sql/portal/analyst/reporting_rate.sql", year, dataset);
        return List.of(
                new Review.Table("city", "Toàn Thành phố", "The whole city", withFirst("", countsVi), withFirst("", countsEn), city),
                new Review.Table("reporting_rate", "Tỷ lệ báo cáo và đúng hạn, theo quận, huyện",
                        "Reporting rate and timeliness, by district",
                        List.of("Quận, huyện", "Phải nộp", "Đã tiếp nhận", "Đúng hạn", "Trễ hạn", "Chưa nộp", "Tỷ lệ báo cáo",
                                "Tỷ lệ đúng hạn"),
                        List.of("District", "Expected", "Accepted", "On time", "Late", "Missing", "Reporting rate",
                                "On-time rate"), rates),
                new Review.Table("by_district", "Theo quận, huyện", "By district", withFirst("Quận, huyện", countsVi),
                        withFirst("District", countsEn), byDistrict),
                new Review.Table("by_type", "Theo loại cơ quan", "By agency type", withFirst("Loại cơ quan", countsVi),
                        withFirst("Agency type", countsEn), byType),
                new Review.Table("never_sent", "Cơ quan chưa từng gửi báo cáo nào", "Agencies that never sent anything",
                        List.of("Mã", "Tên cơ quan", "Quận, huyện", "Loại cơ quan", "Các năm hoạt động"),
                        List.of("Code", "Agency", "District", "Agency type", "Years active"), neverSent));
    }

    private static String agenciesLink(int year, String dataset, String status, Map<String, String> filter) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/analyst/completeness/agencies")
                .queryParam("year", year).queryParam("dataset", dataset);
        if (status != null) {
            link.queryParam("status", status);
        }
        filter.forEach(link::queryParam);
        return link.encode().build().toUriString();
    }

    @GetMapping("/analyst/completeness/agencies")
    public String completenessAgencies(@RequestParam int year, @RequestParam String dataset,
                                       @RequestParam Optional<String> status, @RequestParam Optional<String> district,
                                       @RequestParam Optional<String> type, Model model) throws SQLException, IOException {
        model.addAttribute("year", year);
        model.addAttribute("dataset", dataset(Optional.of(dataset)));
        model.addAttribute("status", status.orElse(null));
        model.addAttribute("district", district.orElse(null));
        model.addAttribute("type", type.orElse(null));
        model.addAttribute("tables", List.of(agencyList(year, dataset, status, district, type)));
        return "analyst/agencies";
    }

    @GetMapping(value = "/analyst/completeness/agencies", params = "download")
    public ResponseEntity<byte[]> completenessAgenciesTable(@RequestParam int year, @RequestParam String dataset,
                                                            @RequestParam Optional<String> status,
                                                            @RequestParam Optional<String> district,
                                                            @RequestParam Optional<String> type,
                                                            @RequestParam String download, Locale locale)
            throws SQLException, IOException {
        return PageTables.download(agencyList(year, dataset, status, district, type), download, Cells.language(locale));
    }

    private Review.Table agencyList(int year, String dataset, Optional<String> status, Optional<String> district,
                                    Optional<String> type) throws SQLException, IOException {
        List<Object> filter = java.util.Arrays.asList(year, dataset(Optional.of(dataset)), status.orElse(null),
                district.orElse(null), type.orElse(null));
        List<List<Object>> rows = answers.get("agencies " + filter, () -> read(c -> QueryRows.rows(c,
                "sql/portal/analyst/completeness_agencies.sql", filter.toArray()))).stream()
                .map(row -> {
                    List<Object> line = new ArrayList<>(row);
                    line.set(0, new Linked(row.get(0), "/analyst/agencies/" + row.get(0)));
                    line.set(4, statusLabel((String) row.get(4)));
                    return line;
                }).toList();
        return new Review.Table("agencies", "Các cơ quan", "Agencies",
                List.of("Mã", "Tên cơ quan", "Quận, huyện", "Loại cơ quan", "Tình trạng", "Nhận lúc"),
                List.of("Code", "Agency", "District", "Agency type", "Status", "Received"), rows);
    }

    // --- an agency ------------------------------------------------------------------------------------------

    @GetMapping("/analyst/agencies/{code}")
    public String agency(@PathVariable String code, Model model) throws SQLException, IOException {
        List<Review.Table> tables = agencyTables(code);
        model.addAttribute("code", code);
        model.addAttribute("name", tables.get(0).rows().get(0).get(0));
        model.addAttribute("tables", tables);
        return "analyst/agency";
    }

    @GetMapping(value = "/analyst/agencies/{code}", params = "download")
    public ResponseEntity<byte[]> agencyTable(@PathVariable String code, @RequestParam String table,
                                              @RequestParam String download, Locale locale)
            throws SQLException, IOException {
        return PageTables.download(pick(agencyTables(code), table), download, Cells.language(locale));
    }

    private List<Review.Table> agencyTables(String code) throws SQLException, IOException {
        if (!AGENCY_CODE.matcher(code).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<List<List<Object>>> read = answers.get("agency " + code, () -> analytics.read(connection -> List.of(
                QueryRows.rows(connection, "sql/portal/analyst/agency_versions.sql", code),
                QueryRows.rows(connection, "sql/portal/analyst/agency_submissions.sql", code),
                QueryRows.rows(connection, "sql/portal/analyst/agency_figures.sql", code, code))).orElse(List.of()));
        if (read.isEmpty() || read.get(0).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<List<Object>> versions = read.get(0);
        List<List<Object>> submissions = read.get(1).stream().map(row -> {
            List<Object> line = new ArrayList<>(row);
            line.set(3, statusLabel((String) row.get(3)));
            return line;
        }).toList();
        List<List<Object>> figures = read.get(2);
        return List.of(
                new Review.Table("registry", "Lịch sử trong danh mục cơ quan", "Registry history",
                        List.of("Tên", "Loại", "Quận, huyện", "Cơ quan cấp trên", "Hiệu lực từ", "Đến", "Ghi nhận lúc", "Thay thế lúc"),
                        List.of("Name", "Type", "District", "Parent", "Valid from", "To", "Recorded", "Superseded"), versions),
                new Review.Table("figures", "Số liệu theo năm", "Figures by year",
                        List.of("Năm", "Tổng số CB.CC.VC (31/12)", "Có trình độ chuyên ngành VTLT", "Tỷ lệ", "Số lớp đã tổ chức", "Số lượt"),
                        List.of("Year", "Staff (31/12)", "VTLT-qualified", "Share", "Classes organised", "Participations"), figures),
                new Review.Table("submissions", "Các báo cáo đã nhận", "Submissions received",
                        List.of("Năm", "Loại báo cáo", "Tệp", "Kết quả", "", "Nhận lúc", "Xử lý lúc", "Số dòng đã nạp", "Số dòng lỗi", "Lý do từ chối cả tệp"),
                        List.of("Year", "Dataset", "File", "Outcome", "", "Received", "Decided", "Rows loaded", "Rows rejected", "Why the file was rejected"),
                        submissions));
    }

    // --- staffing and training over the years -----------------------------------------------------------------

    @GetMapping("/analyst/staffing")
    public String staffing(Model model) throws SQLException, IOException {
        model.addAttribute("tables", staffingTables());
        return "analyst/staffing";
    }

    @GetMapping(value = "/analyst/staffing", params = "download")
    public ResponseEntity<byte[]> staffingTable(@RequestParam String table, @RequestParam String download, Locale locale)
            throws SQLException, IOException {
        return PageTables.download(pick(staffingTables(), table), download, Cells.language(locale));
    }

    private List<Review.Table> staffingTables() throws SQLException, IOException {
        List<List<List<Object>>> read = answers.get("staffing", () -> analytics.read(connection -> List.of(
                QueryRows.rows(connection, "sql/portal/analyst/staffing_by_group.sql", "district"),
                QueryRows.rows(connection, "sql/portal/analyst/staffing_by_group.sql", "agency_type"))).orElse(List.of(List.of(), List.of())));
        List<String> vi = List.of("Tổng số (31/12)", "Có trình độ chuyên ngành VTLT", "Tỷ lệ", "Tỷ lệ toàn Thành phố", "",
                "Số lớp đã tổ chức", "Số lượt");
        List<String> en = List.of("Staff (31/12)", "VTLT-qualified", "Share", "City's share", "", "Classes organised",
                "Participations");
        return List.of(
                new Review.Table("staffing_by_district", "Theo quận, huyện", "By district",
                        withFirst("Năm", withFirst("Quận, huyện", vi)), withFirst("Year", withFirst("District", en)),
                        read.get(0)),
                new Review.Table("staffing_by_type", "Theo loại cơ quan", "By agency type",
                        withFirst("Năm", withFirst("Loại cơ quan", vi)), withFirst("Year", withFirst("Agency type", en)),
                        read.get(1)));
    }

    // --- shared -----------------------------------------------------------------------------------------------

    /** The years the warehouse holds staff for, oldest first. */
    private List<Integer> years() throws SQLException, IOException {
        return answers.get("years", () -> analytics.read(AnalystPages::years).orElse(List.of()));
    }

    private static List<Integer> years(Connection connection) throws SQLException {
        List<Integer> years = new ArrayList<>();
        for (List<Object> row : QueryRows.rows(connection, "sql/portal/analyst/years.sql")) {
            years.add(Integer.parseInt((String) row.get(0)));
        }
        return years;
    }

    private List<List<Object>> read(Analytics.Query<List<List<Object>>> query) {
        return analytics.read(query).orElse(List.of());
    }

    private static String dataset(Optional<String> code) {
        return code.flatMap(Dataset::ofCode).orElse(Dataset.NHAN_SU).code();
    }

    private static Bilingual statusLabel(String status) {
        return switch (status) {
            case "ACCEPTED" -> new Bilingual("Đã chấp nhận", "Accepted");
            case "REJECTED" -> new Bilingual("Bị từ chối", "Rejected");
            case "MISSING" -> new Bilingual("Chưa nộp", "Missing");
            case "SUPERSEDED" -> new Bilingual("Đã có bản mới hơn", "Superseded");
            default -> new Bilingual(status, status);
        };
    }

    private static List<String> withFirst(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static Review.Table pick(List<Review.Table> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
