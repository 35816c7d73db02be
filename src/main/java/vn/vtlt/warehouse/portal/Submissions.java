package vn.vtlt.warehouse.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import vn.vtlt.warehouse.parse.SheetTable;
import vn.vtlt.warehouse.parse.TextKey;
import vn.vtlt.warehouse.problem.FileFault;
import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.validate.SubmissionFileName;
import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * Receives a file for an agency (the caller has checked that the actor acts for it): writes it into the agency's
 * inbox folder, runs its dry run, records both and audits the upload. The file is received whatever its dry run
 * says: nothing received is lost, and the next import decides. Three cases follow what the import does with the
 * folder (contract section 2): a workbook of several datasets is one entry per dataset sheet, each with its dry
 * run, as the import records one submission per sheet; bytes already received from the agency's folder are a
 * DUPLICATE, recorded but not written again, for the import would skip them; an agency whose registry source is a
 * URL has no folder the import reads, and its uploads are refused ({@link NoFolderSource}).
 */
@Service
public class Submissions {

    /** What an upload became: its entries (one per dataset sheet of a workbook), all DUPLICATE or all received. */
    public record Receipt(List<Uploads.Upload> entries) {

        public boolean duplicate() {
            return Uploads.DUPLICATE.equals(entries.get(0).status());
        }
    }

    /** The agency's files are pulled from a URL: a file in its inbox folder would never be read. */
    public static final class NoFolderSource extends RuntimeException {

        NoFolderSource(String agencyCode, String url) {
            super("the import pulls the files of " + agencyCode + " from " + url + ", not from a folder: an upload here "
                    + "would never be read; publish the file there / đợt xử lý lấy tệp của " + agencyCode + " từ " + url
                    + ", không từ thư mục: tệp nộp qua cổng sẽ không bao giờ được đọc; hãy đăng tệp tại địa chỉ đó");
        }
    }

    private final Inbox inbox;
    private final DryRun dryRun;
    private final Uploads uploads;
    private final AuditLog audit;
    private final Analytics analytics;
    /** One receipt at a time per agency: the duplicate check and the write into its folder must not interleave. */
    private final ConcurrentHashMap<String, Object> agencyLocks = new ConcurrentHashMap<>();

    public Submissions(Inbox inbox, DryRun dryRun, Uploads uploads, AuditLog audit, Analytics analytics) {
        this.inbox = inbox;
        this.dryRun = dryRun;
        this.uploads = uploads;
        this.audit = audit;
        this.analytics = analytics;
    }

    /** The URL the import pulls an agency's files from, when its registry source is not its inbox folder. */
    public Optional<String> httpSource(String agencyCode) {
        return analytics.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SqlScripts.text("sql/portal/agency_source.sql"))) {
                query.setString(1, agencyCode);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }

    public Receipt receive(Actor actor, UploadName name, MultipartFile file) throws IOException, InterruptedException {
        Optional<String> url = httpSource(name.agencyCode());
        if (url.isPresent()) {
            audit.record(actor.name(), "REFUSED", name.fileName(1) + ": source " + url.get());
            throw new NoFolderSource(name.agencyCode(), url.get());
        }
        synchronized (agencyLocks.computeIfAbsent(name.agencyCode(), code -> new Object())) {
            try (Inbox.Incoming incoming = inbox.receive(name.agencyCode(), file)) {
                List<Dataset> datasets = name.isWorkbook() ? datasetSheets(incoming.temporary()) : List.of(name.dataset());
                Optional<Uploads.Earlier> earlier = uploads.receivedBefore(name.agencyCode(), incoming.sha256());
                if (earlier.isPresent()) {
                    audit.record(actor.name(), "UPLOAD_DUPLICATE", name.fileName(1) + " sha256 " + incoming.sha256()
                            + " = " + earlier.get().fileName());
                    List<Uploads.Upload> entries = new ArrayList<>();
                    for (Dataset dataset : datasets) {
                        entries.add(uploads.record(name.agencyCode(), code(dataset), name.year(),
                                entryName(name.fileName(1), name, dataset), incoming, actor.name(), null, earlier.get()));
                    }
                    return new Receipt(entries);
                }
                Inbox.Stored stored = inbox.keep(incoming, name);
                audit.record(actor.name(), "UPLOAD", stored.fileName() + " sha256 " + stored.sha256());
                List<Uploads.Upload> entries = new ArrayList<>();
                for (Dataset dataset : datasets) {
                    String entryName = entryName(stored.fileName(), name, dataset);
                    // a class list waiting for the import, in this workbook or uploaded before, is checked against
                    // the classes as the import does when it loads both
                    boolean listPending = dataset == Dataset.DAO_TAO && (datasets.contains(Dataset.HOC_VIEN)
                            || uploads.latestPending(name.agencyCode(), Dataset.HOC_VIEN.code(), name.year()).isPresent());
                    DryRun.Result result = dryRun.check(stored.file(), entryName, name.agencyCode(), stored.receivedAt(),
                            listPending, dataset == Dataset.HOC_VIEN ? classesFrom(stored, name, datasets) : null);
                    entries.add(uploads.record(name.agencyCode(), code(dataset), name.year(), entryName, incoming,
                            actor.name(), result, null));
                }
                return new Receipt(entries);
            }
        }
    }

    /**
     * The dao-tao a hoc-vien upload's classes will come from when the import loads both in one run: the workbook's
     * own dao-tao sheet, else the agency's latest dao-tao of the year still waiting for the import; null when
     * there is none (the list is then checked against the accepted classes).
     */
    private DryRun.ClassesFrom classesFrom(Inbox.Stored stored, UploadName name, List<Dataset> datasets) {
        if (datasets.contains(Dataset.DAO_TAO)) {
            return new DryRun.ClassesFrom(stored.file(), entryName(stored.fileName(), name, Dataset.DAO_TAO),
                    stored.receivedAt());
        }
        return uploads.latestPending(name.agencyCode(), Dataset.DAO_TAO.code(), name.year())
                .map(upload -> new DryRun.ClassesFrom(inbox.fileOf(upload), upload.fileName(), upload.receivedAt()))
                .filter(classes -> Files.isRegularFile(classes.file()))
                .orElse(null);
    }

    /**
     * The name the import records an entry under: the file's, or for a workbook one sheet's
     * ({@code QH-776_2016.xlsx [nhan-su]}); a workbook without a dataset sheet is one entry under its own name,
     * which the import rejects.
     */
    private static String entryName(String fileName, UploadName name, Dataset dataset) {
        return name.isWorkbook() && dataset != null ? SubmissionFileName.sheetOf(fileName, dataset) : fileName;
    }

    private static String code(Dataset dataset) {
        return dataset == null ? "" : dataset.code();
    }

    /**
     * The datasets a workbook has a visible sheet for, as the import finds them (pull/Receiver); a list holding
     * only null when there is none or the workbook cannot be read: one entry, which its dry run rejects.
     */
    private static List<Dataset> datasetSheets(Path workbook) {
        try {
            List<String> names = SheetTable.sheets(workbook).stream().filter(SheetTable.SheetInfo::visible)
                    .map(sheet -> TextKey.fold(sheet.name())).toList();
            List<Dataset> datasets = Arrays.stream(Dataset.values()).filter(d -> names.contains(TextKey.fold(d.code()))).toList();
            if (!datasets.isEmpty()) {
                return datasets;
            }
        } catch (FileFault unreadable) {
            // the dry run of the workbook says why
        }
        List<Dataset> none = new ArrayList<>();
        none.add(null);
        return none;
    }
}
