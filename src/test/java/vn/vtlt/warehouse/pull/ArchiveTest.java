package vn.vtlt.warehouse.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kept files are put on disk a batch at once before they are recorded ({@link Archive#sync}): by syncing the archive's
 * file system where {@code sync --file-system} runs, else by syncing each file, checksum file and folder.
 */
class ArchiveTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void syncsTheFileSystemAtOnceOrEachPathWhereTheCommandCannotRun(@TempDir Path root) throws IOException {
        // given two archives, one without a command that syncs a file system
        Archive whole = new Archive(root.resolve("a/archive"), 1 << 20, List.of("sync", "--file-system"));
        Archive each = new Archive(root.resolve("b/archive"), 1 << 20, List.of(root.resolve("no-such-sync").toString()));

        // when each keeps two files and syncs them, twice
        List<String> wholeKept = keepTwo(whole);
        List<String> eachKept = keepTwo(each);

        // then the first synced its file system, the second each path, and goes on doing so without trying again
        assertThat(whole.sync(wholeKept, threads)).isEqualTo(Archive.Synced.FILE_SYSTEM);
        assertThat(whole.sync(wholeKept, threads)).isEqualTo(Archive.Synced.FILE_SYSTEM);
        assertThat(each.sync(eachKept, threads)).isEqualTo(Archive.Synced.EACH_PATH);
        assertThat(each.sync(eachKept, threads)).isEqualTo(Archive.Synced.EACH_PATH);
        for (Archive archive : List.of(whole, each)) {
            Path file = archive.resolve((archive == whole ? wholeKept : eachKept).get(0));
            assertThat(Files.readString(file)).isEqualTo("roster of A-1");
            assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".sha256")))
                    .matches("[0-9a-f]{64}  A-1_nhan-su_2016.csv\n");
        }
    }

    @Test
    void syncingEachPathNamesAKeptFileThatIsNoLongerThere(@TempDir Path root) throws IOException {
        // given an archive that syncs each path, and a kept file removed before it is synced
        Archive archive = new Archive(root.resolve("archive"), 1 << 20, List.of());
        List<String> kept = keepTwo(archive);
        archive.discard(kept.get(1));

        // when it is synced, then the missing file is named rather than silently skipped
        assertThatThrownBy(() -> archive.sync(kept, threads)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("B-2_nhan-su_2016.csv");
    }

    private static List<String> keepTwo(Archive archive) throws IOException {
        archive.clearIncoming();
        return List.of(keep(archive, "A-1"), keep(archive, "B-2"));
    }

    private static String keep(Archive archive, String agency) throws IOException {
        byte[] bytes = ("roster of " + agency).getBytes(StandardCharsets.UTF_8);
        String name = agency + "_nhan-su_2016.csv";
        Archive.Incoming incoming = archive.receive(new IncomingFile(agency, "folder", name, Instant.EPOCH, bytes.length,
                () -> new ByteArrayInputStream(bytes)));
        return archive.keep(incoming, agency, name);
    }
}
