package vn.vtlt.warehouse.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.load.PendingFile;
import vn.vtlt.warehouse.load.SubmissionLoader;
import vn.vtlt.warehouse.pull.Archive;

/**
 * Partitions of received files waiting to be processed. Each file is an independent unit of work; a partition
 * holds a few of them (at most {@code vtlt.cluster.partition-files} files, 100 by default, or {@link #MAX_BYTES}
 * bytes, a larger file alone), so
 * that thousands of small files do not cost thousands of step executions in the job repository, while large
 * files still spread over the threads (or, later, machines).
 */
@Component
public class PendingFilePartitioner implements Partitioner {

    static final long MAX_BYTES = 16L * 1024 * 1024;
    static final String FILES = "files";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A file of a partition, as the execution context keeps it. */
    record PartitionFile(long fileId, String fileName, String sourceAgency, String archivePath, long modifiedEpochMilli) {

        PendingFile pending() {
            return new PendingFile(fileId, fileName, sourceAgency, archivePath, Instant.ofEpochMilli(modifiedEpochMilli));
        }
    }

    private final SubmissionLoader loader;
    private final Archive archive;
    private final int maxFiles;

    public PendingFilePartitioner(SubmissionLoader loader, Archive archive, VtltProperties properties) {
        this.loader = loader;
        this.archive = archive;
        this.maxFiles = properties.cluster().partitionFiles();
    }

    /** The files a partition stands for. */
    static List<PendingFile> files(ExecutionContext partition) {
        try {
            PartitionFile[] files = JSON.readValue(partition.getString(FILES), PartitionFile[].class);
            return java.util.Arrays.stream(files).map(PartitionFile::pending).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable partition: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<PartitionFile> batch = new ArrayList<>();
        long bytes = 0;
        for (PendingFile file : loader.pending()) {
            long size = size(archive.resolve(file.archivePath()));
            if (!batch.isEmpty() && (batch.size() >= maxFiles || bytes + size > MAX_BYTES)) {
                add(partitions, batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(new PartitionFile(file.fileId(), file.fileName(), file.sourceAgency(), file.archivePath(),
                    file.modified().toEpochMilli()));
            bytes += size;
        }
        if (!batch.isEmpty()) {
            add(partitions, batch);
        }
        return partitions;
    }

    private static void add(Map<String, ExecutionContext> partitions, List<PartitionFile> batch) {
        ExecutionContext context = new ExecutionContext();
        try {
            context.putString(FILES, JSON.writeValueAsString(batch));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // named after its first file: file ids are unique and stable, so a restart finds the same partitions
        partitions.put("files-" + batch.get(0).fileId(), context);
    }

    private static long size(Path archived) {
        try {
            return Files.size(archived);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
