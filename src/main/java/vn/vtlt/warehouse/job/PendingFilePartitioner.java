package vn.vtlt.warehouse.job;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.load.PendingFile;
import vn.vtlt.warehouse.load.SubmissionLoader;

/** One partition per received file waiting to be processed: each file is an independent unit of work. */
@Component
public class PendingFilePartitioner implements Partitioner {

    static final String FILE_ID = "fileId";
    static final String FILE_NAME = "fileName";
    static final String SOURCE_AGENCY = "sourceAgency";
    static final String ARCHIVE_PATH = "archivePath";
    static final String MODIFIED = "modifiedEpochMilli";

    private final SubmissionLoader loader;

    public PendingFilePartitioner(SubmissionLoader loader) {
        this.loader = loader;
    }

    /** The file a partition stands for. */
    static PendingFile file(ExecutionContext partition) {
        return new PendingFile(partition.getLong(FILE_ID), partition.getString(FILE_NAME),
                partition.getString(SOURCE_AGENCY), partition.getString(ARCHIVE_PATH),
                Instant.ofEpochMilli(partition.getLong(MODIFIED)));
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (PendingFile file : loader.pending()) {
            ExecutionContext context = new ExecutionContext();
            context.putLong(FILE_ID, file.fileId());
            context.putString(FILE_NAME, file.fileName());
            context.putString(SOURCE_AGENCY, file.sourceAgency());
            context.putString(ARCHIVE_PATH, file.archivePath());
            context.putLong(MODIFIED, file.modified().toEpochMilli());
            partitions.put("file-" + file.fileId(), context);
        }
        return partitions;
    }
}
