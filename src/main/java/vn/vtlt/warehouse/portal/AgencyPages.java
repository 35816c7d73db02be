package vn.vtlt.warehouse.portal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.validate.SubmissionFileName;

/**
 * A clerk's pages for one agency: the year's checklist, the upload (dataset and year chosen, the portal names the
 * file), its dry run, the templates and the feedback of the nightly runs. Every request checks on the server that
 * the account acts for the agency in the address ({@code 403} otherwise).
 */
@Controller
public class AgencyPages {

    private static final Pattern RUN = Pattern.compile("run-(\\d+)");

    private final Accounts accounts;
    private final AgencyScope scope;
    private final Checklist checklist;
    private final Submissions submissions;
    private final Uploads uploads;
    private final VtltProperties properties;

    public AgencyPages(Accounts accounts, AgencyScope scope, Checklist checklist, Submissions submissions, Uploads uploads,
                       VtltProperties properties) {
        this.accounts = accounts;
        this.scope = scope;
        this.checklist = checklist;
        this.submissions = submissions;
        this.uploads = uploads;
        this.properties = properties;
    }

    /** The reporting year a clerk works on by default: the year that ended last. */
    static int reportingYear() {
        return Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue() - 1;
    }

    @GetMapping("/agencies/{code}")
    public String checklist(@PathVariable String code, @RequestParam Optional<Integer> year, Authentication authentication,
                            Model model) throws IOException {
        Map<String, String> agencies = authorise(code, authentication);
        int chosen = year.orElseGet(AgencyPages::reportingYear);
        model.addAttribute("code", code);
        model.addAttribute("name", agencies.get(code));
        model.addAttribute("agencies", agencies);
        model.addAttribute("year", chosen);
        model.addAttribute("lines", checklist.of(code, chosen));
        model.addAttribute("uploads", uploads.ofYear(List.of(code), chosen));
        model.addAttribute("feedback", feedbackRuns(code));
        return "checklist";
    }

    /** The sources' size limit, as the upload form states it when a file is over it. */
    @ModelAttribute("maxMegabytes")
    String maxMegabytes() {
        return new BigDecimal(properties.http().maxFileBytes())
                .divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    @GetMapping("/agencies/{code}/upload")
    public String uploadForm(@PathVariable String code, @RequestParam Optional<Integer> year,
                             @RequestParam Optional<String> dataset, Authentication authentication, Model model) {
        Map<String, String> agencies = authorise(code, authentication);
        model.addAttribute("code", code);
        model.addAttribute("name", agencies.get(code));
        model.addAttribute("year", year.orElseGet(AgencyPages::reportingYear));
        model.addAttribute("dataset", dataset.orElse("nhan-su"));
        model.addAttribute("datasets", Dataset.values());
        submissions.httpSource(code).ifPresent(url -> model.addAttribute("pulledFrom", url));
        return "upload";
    }

    /** The choice of a workbook of several datasets in the upload form (one sheet per dataset). */
    static final String WORKBOOK = "workbook";

    @PostMapping("/agencies/{code}/upload")
    public String upload(@PathVariable String code, @RequestParam String dataset, @RequestParam int year,
                         @RequestParam("file") MultipartFile file, Authentication authentication, Model model,
                         HttpServletResponse response) throws IOException, InterruptedException {
        Map<String, String> agencies = authorise(code, authentication);
        String original = Optional.ofNullable(file.getOriginalFilename()).orElse("").toLowerCase(Locale.ROOT);
        String extension = original.endsWith(".xlsx") ? "xlsx" : original.endsWith(".csv") ? "csv" : null;
        Optional<Dataset> chosen = Dataset.ofCode(dataset);
        boolean workbook = WORKBOOK.equals(dataset);
        String error = file.isEmpty() ? "upload.error.empty"
                : extension == null || (chosen.isEmpty() && !workbook) ? "upload.error.type"
                : workbook && !"xlsx".equals(extension) ? "upload.error.workbook" : null;
        if (error != null) {
            return uploadForm(code, agencies, year, dataset, error, model);
        }
        UploadName name = workbook ? UploadName.workbook(code, year) : new UploadName(code, year, chosen.get(), extension);
        try {
            Submissions.Receipt received = submissions.receive(ActingFor.actor(authentication, accounts), name, file);
            return "redirect:/agencies/" + code + "/uploads/" + received.entries().get(0).id();
        } catch (Submissions.NoFolderSource refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return uploadForm(code, agencies, year, dataset, null, model);
        } catch (Inbox.TooLarge refused) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return uploadForm(code, agencies, year, dataset, "upload.error.size", model);
        }
    }

    private String uploadForm(String code, Map<String, String> agencies, int year, String dataset, String error, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("name", agencies.get(code));
        model.addAttribute("year", year);
        model.addAttribute("dataset", dataset);
        model.addAttribute("datasets", Dataset.values());
        model.addAttribute("error", error);
        submissions.httpSource(code).ifPresent(url -> model.addAttribute("pulledFrom", url));
        return "upload";
    }

    @GetMapping("/agencies/{code}/uploads/{id}")
    public String result(@PathVariable String code, @PathVariable long id, Authentication authentication, Model model) {
        Map<String, String> agencies = authorise(code, authentication);
        Uploads.Upload upload = uploads.find(List.of(code), id);
        if (upload == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("code", code);
        model.addAttribute("name", agencies.get(code));
        model.addAttribute("upload", upload);
        model.addAttribute("fileName", SubmissionFileName.fileOf(upload.fileName()));
        // a workbook of several datasets: every sheet's entry of the same receipt
        model.addAttribute("entries", uploads.ofYear(List.of(code), upload.year()).stream()
                .filter(u -> u.sha256().equals(upload.sha256()) && u.receivedAt().equals(upload.receivedAt())
                        && SubmissionFileName.fileOf(u.fileName()).equals(SubmissionFileName.fileOf(upload.fileName())))
                .sorted(Comparator.comparingLong(Uploads.Upload::id)).toList());
        return "result";
    }

    @GetMapping("/agencies/{code}/templates/{dataset}/{year}")
    public ResponseEntity<byte[]> template(@PathVariable String code, @PathVariable String dataset, @PathVariable int year,
                                           Authentication authentication) throws IOException, SQLException {
        authorise(code, authentication);
        Dataset chosen = Dataset.ofCode(dataset).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return SubmissionApi.template(chosen, year, code);
    }

    @GetMapping("/agencies/{code}/feedback/{run}")
    public String feedback(@PathVariable String code, @PathVariable long run, Authentication authentication, Locale locale,
                           Model model) throws IOException {
        Map<String, String> agencies = authorise(code, authentication);
        // the path is built from a number and an agency code the account acts for, never from what was typed
        Path file = properties.feedbackDir().resolve("run-" + run).resolve(code + "." + ("en".equals(locale.getLanguage()) ? "en" : "vi") + ".md");
        if (!Files.isRegularFile(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("code", code);
        model.addAttribute("name", agencies.get(code));
        model.addAttribute("run", run);
        model.addAttribute("text", Files.readString(file, StandardCharsets.UTF_8));
        return "feedback";
    }

    /** The runs that wrote a feedback file for the agency, newest first. */
    private List<Long> feedbackRuns(String code) throws IOException {
        Path folder = properties.feedbackDir();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Long> runs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.forEach(run -> {
                var m = RUN.matcher(run.getFileName().toString());
                if (m.matches() && Files.exists(run.resolve(code + ".vi.md"))) {
                    runs.add(Long.parseLong(m.group(1)));
                }
            });
        }
        runs.sort(Comparator.reverseOrder());
        return runs;
    }

    private Map<String, String> authorise(String code, Authentication authentication) {
        Map<String, String> agencies = scope.agencies(ActingFor.actor(authentication, accounts));
        if (!agencies.containsKey(code)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "not an agency of this account");
        }
        return agencies;
    }
}
