package vn.vtlt.warehouse.portal.operator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.portal.Accounts;
import vn.vtlt.warehouse.portal.Analytics;
import vn.vtlt.warehouse.portal.AuditLog;
import vn.vtlt.warehouse.portal.Tokens;
import vn.vtlt.warehouse.portal.analyst.Cells;
import vn.vtlt.warehouse.portal.analyst.Linked;
import vn.vtlt.warehouse.portal.analyst.PageTables;
import vn.vtlt.warehouse.portal.analyst.PublishedAnswers;
import vn.vtlt.warehouse.report.QueryRows;
import vn.vtlt.warehouse.report.Review;
import vn.vtlt.warehouse.status.JobHistory;

/**
 * The operators' page (OPERATOR accounts): the past runs from the job history (and, while an import holds it, from
 * the published file, without waiting for the import), sources that failed and why, the latest feedback of each
 * agency, and the portal's accounts and tokens with the command line's disable and revoke, audited.
 */
@Controller
public class OperatorPages {

    private static final int RUNS = 30;
    private static final int SOURCE_EVENTS = 200;
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final Analytics analytics;
    private final PublishedAnswers answers;
    private final VtltProperties properties;
    private final AccountList accountList;
    private final Accounts accounts;
    private final Tokens tokens;
    private final AuditLog audit;

    public OperatorPages(Analytics analytics, PublishedAnswers answers, VtltProperties properties, AccountList accountList,
                         Accounts accounts, Tokens tokens, AuditLog audit) {
        this.analytics = analytics;
        this.answers = answers;
        this.properties = properties;
        this.accountList = accountList;
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
    }

    @ModelAttribute("signedIn")
    public boolean signedIn() {
        return true;
    }

    @ModelAttribute("operator")
    public boolean operator() {
        return true;
    }

    @ModelAttribute("here")
    public String here(HttpServletRequest request) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang").build().toUriString();
    }

    @GetMapping("/operator")
    public String index(Model model) throws SQLException, IOException {
        boolean running = runningImport(model);
        model.addAttribute("running", running);
        model.addAttribute("progress", running ? RunProgress.latest(properties.home()).orElse(null) : null);
        model.addAttribute("tables", tables());
        model.addAttribute("accounts", accountList.accounts());
        model.addAttribute("tokens", accountList.tokens());
        return "operator/index";
    }

    @GetMapping(value = "/operator", params = "download")
    public ResponseEntity<byte[]> table(@RequestParam String table, @RequestParam String download, Locale locale)
            throws SQLException, IOException {
        return PageTables.download(tables().stream().filter(t -> t.id().equals(table)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), download, Cells.language(locale));
    }

    /**
     * The job history's executions, newest first, when it is kept in a database server (which answers while imports
     * run). The embedded history file is not opened from here: a running import holds it, and the page holding it
     * even briefly could make a starting import fail on its lock; the published runs stand in for it, and
     * {@code history} reads it on the command line. True when an execution is running.
     */
    private boolean runningImport(Model model) {
        VtltProperties.JobRepository repository = properties.jobRepository();
        if (!repository.external()) {
            // H2 keeps this file while a process has the history open: an import is running (or was killed)
            return Files.exists(properties.home().resolve("job-repository/batch.lock.db"));
        }
        try {
            List<List<Object>> rows = new ArrayList<>();
            for (JobHistory.Execution e : JobHistory.latest(properties.home(), repository, RUNS)) {
                rows.add(List.of(e.runId(), e.executionId(), e.started(), e.ended() == null ? "" : e.ended(), e.status(), e.summary()));
            }
            model.addAttribute("history", new Review.Table("history", "Các lần chạy (lịch sử công việc)", "Runs (the job history)",
                    List.of("Đợt", "Lần chạy", "Bắt đầu", "Kết thúc", "Kết quả", "Số liệu"),
                    List.of("Run", "Execution", "Started", "Ended", "Outcome", "Counts"), rows));
            return rows.stream().anyMatch(r -> "STARTED".equals(r.get(4)) || "STARTING".equals(r.get(4)));
        } catch (SQLException e) {
            model.addAttribute("historyError", e.getMessage());
            return false;
        }
    }

    private List<Review.Table> tables() throws SQLException, IOException {
        List<List<List<Object>>> read = answers.get("operator", () -> analytics.read(connection -> List.of(
                QueryRows.rows(connection, "sql/portal/operator/runs.sql", RUNS),
                QueryRows.rows(connection, "sql/portal/operator/source_failures.sql", SOURCE_EVENTS),
                QueryRows.rows(connection, "sql/portal/operator/latest_feedback.sql"))).orElse(List.of(List.of(), List.of(), List.of())));
        List<List<Object>> runs = read.get(0);
        List<List<Object>> failures = read.get(1);
        List<List<Object>> feedback = read.get(2).stream()
                .map(row -> {
                    List<Object> line = new ArrayList<>(row);
                    line.set(0, new Linked(row.get(0), "/analyst/agencies/" + row.get(0)));
                    line.set(1, new Linked(row.get(1), "/operator/feedback/" + row.get(0) + "/" + row.get(1)));
                    return line;
                }).toList();
        return List.of(
                new Review.Table("runs", "Các đợt đã công bố", "Published runs",
                        List.of("Đợt", "Bắt đầu", "Kết thúc", "Kết quả", "Chính sách", "Tệp đã nhận", "Chấp nhận", "Từ chối", "Số dòng đã nạp"),
                        List.of("Run", "Started", "Finished", "Outcome", "Policy", "Files received", "Accepted", "Rejected", "Rows loaded"), runs),
                new Review.Table("source_failures", "Nguồn lỗi và lý do", "Sources that failed, and why",
                        List.of("Đợt", "Cơ quan", "Nguồn", "Lúc", "Mã lỗi", "Lý do", "Chi tiết"),
                        List.of("Run", "Agency", "Source", "At", "Fault", "Reason", "Detail"), failures),
                new Review.Table("latest_feedback", "Thông báo kết quả gần nhất của mỗi cơ quan", "Latest feedback of each agency",
                        List.of("Cơ quan", "Đợt", "Tệp được chấp nhận", "Tệp bị từ chối"),
                        List.of("Agency", "Run", "Files accepted", "Files rejected"), feedback));
    }

    /** An agency's feedback file of a run, as it was written for the agency. */
    @GetMapping("/operator/feedback/{code}/{run}")
    public String feedback(@PathVariable String code, @PathVariable long run, Locale locale, Model model) throws IOException {
        if (!AGENCY_CODE.matcher(code).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // built from a number and a checked code, never from what was typed as a path
        Path file = properties.feedbackDir().resolve("run-" + run).resolve(code + "." + Cells.language(locale).code() + ".md");
        if (!Files.isRegularFile(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("code", code);
        model.addAttribute("run", run);
        model.addAttribute("text", Files.readString(file, StandardCharsets.UTF_8));
        return "operator/feedback";
    }

    /** {@code users disable L}, from the page: the account can no longer sign in. */
    @PostMapping("/operator/accounts/{login}/disable")
    public String disable(@PathVariable String login, Authentication authentication) {
        try {
            accounts.disable(login);
        } catch (Accounts.Refused refused) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
        }
        audit.record(authentication.getName(), "ACCOUNT_DISABLED", login);
        return "redirect:/operator#accounts";
    }

    /** {@code tokens revoke --agency A --name N}, from the page: the token answers 401 from now on. */
    @PostMapping("/operator/tokens/revoke")
    public String revoke(@RequestParam String agency, @RequestParam String name, Authentication authentication) {
        if (tokens.revoke(agency, name)) {
            audit.record(authentication.getName(), "TOKEN_REVOKED", agency + " " + name);
        }
        return "redirect:/operator#tokens";
    }
}
