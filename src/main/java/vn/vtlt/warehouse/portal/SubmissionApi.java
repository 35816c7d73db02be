package vn.vtlt.warehouse.portal;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.vtlt.warehouse.template.TemplateWriter;
import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.validate.SubmissionFileName;

/** The API for agencies' own systems (contract section 8). */
@RestController
public class SubmissionApi {

    private final Submissions submissions;
    private final Uploads uploads;
    private final AgencyScope scope;

    public SubmissionApi(Submissions submissions, Uploads uploads, AgencyScope scope) {
        this.submissions = submissions;
        this.uploads = uploads;
        this.scope = scope;
    }

    /**
     * {@code 201} with the upload (a workbook of several datasets: an array of its entries, one per dataset sheet);
     * {@code 200} with status DUPLICATE when the bytes were received before from the agency's folder (nothing
     * written); {@code 409} when the agency's files are pulled from a URL.
     */
    @PostMapping(path = "/api/v1/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<?> submit(@RequestParam("file") MultipartFile file, Authentication authentication)
            throws IOException, InterruptedException {
        Actor actor = (Actor) authentication.getPrincipal();
        String original = Optional.ofNullable(file.getOriginalFilename()).orElse("");
        Optional<UploadName> name = UploadName.parse(original);
        if (name.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "not a submission's file name / không phải tên tệp báo cáo: '" + original
                    + "'; expected / cần có: " + SubmissionFileName.EXPECTED);
        }
        if (!scope.mayActFor(actor, name.get().agencyCode())) {
            return error(HttpStatus.FORBIDDEN, "this token does not act for agency " + name.get().agencyCode()
                    + " / mã truy cập này không được nộp thay cơ quan " + name.get().agencyCode());
        }
        Submissions.Receipt receipt = submissions.receive(actor, name.get(), file);
        return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(name.get().isWorkbook() ? receipt.entries() : receipt.entries().get(0));
    }

    @ExceptionHandler(Inbox.TooLarge.class)
    public ResponseEntity<Map<String, String>> tooLarge(Inbox.TooLarge e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(Submissions.NoFolderSource.class)
    public ResponseEntity<Map<String, String>> noFolderSource(Submissions.NoFolderSource e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @GetMapping("/api/v1/submissions")
    public List<Uploads.Upload> list(@RequestParam int year, Authentication authentication) {
        return uploads.ofYear(scope.agencies((Actor) authentication.getPrincipal()).keySet(), year);
    }

    @GetMapping("/api/v1/templates/{dataset}/{year}")
    public ResponseEntity<?> template(@PathVariable String dataset, @PathVariable int year, Authentication authentication)
            throws IOException, SQLException {
        Actor actor = (Actor) authentication.getPrincipal();
        Optional<Dataset> chosen = Dataset.ofCode(dataset);
        if (chosen.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "unknown dataset / không có bộ dữ liệu '" + dataset + "': nhan-su, dao-tao, hoc-vien");
        }
        return template(chosen.get(), year, actor.agencyCode());
    }

    /** The XLSX template of a dataset pre-filled for an agency, as {@code template --agency} writes it. */
    static ResponseEntity<byte[]> template(Dataset dataset, int year, String agencyCode) throws IOException, SQLException {
        String fileName = agencyCode + "_" + dataset.code() + "_" + year + ".xlsx";
        // a template is a few kilobytes: written whole, then sent
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        TemplateWriter.write(dataset, year, agencyCode, body);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body.toByteArray());
    }

    static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
