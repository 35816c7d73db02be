package vn.vtlt.warehouse.portal;

import java.io.IOException;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.validate.SubmissionFileName;

/**
 * Receives a file for an agency (the caller has checked that the actor acts for it): writes it into the agency's
 * inbox folder, runs its dry run, records both and audits the upload. The file is received whatever its dry run
 * says: nothing received is lost, and the next import decides.
 */
@Service
public class Submissions {

    private final Inbox inbox;
    private final DryRun dryRun;
    private final Uploads uploads;
    private final AuditLog audit;

    public Submissions(Inbox inbox, DryRun dryRun, Uploads uploads, AuditLog audit) {
        this.inbox = inbox;
        this.dryRun = dryRun;
        this.uploads = uploads;
        this.audit = audit;
    }

    public Uploads.Upload receive(Actor actor, SubmissionFileName name, MultipartFile file)
            throws IOException, InterruptedException {
        Inbox.Stored stored = inbox.store(name, file);
        audit.record(actor.name(), "UPLOAD", stored.fileName() + " sha256 " + stored.sha256());
        boolean listPending = name.dataset() == Dataset.DAO_TAO
                && uploads.pending(name.agencyCode(), Dataset.HOC_VIEN.code(), name.year());
        DryRun.Result result = dryRun.check(stored.file(), stored.fileName(), name.agencyCode(), stored.receivedAt(), listPending);
        return uploads.record(stored, name.agencyCode(), name.dataset().code(), name.year(), actor.name(), result);
    }
}
