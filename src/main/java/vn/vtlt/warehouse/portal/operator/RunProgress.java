package vn.vtlt.warehouse.portal.operator;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far the running import is, as it logs it (progress/Progress writes "Files loaded: 120 of 600 (20 %)" at each
 * tenth when not on a terminal, as under a scheduler): the latest such line of the log's tail. Reading a log file
 * never blocks the import; only the progress text is shown, never another line of the log.
 */
final class RunProgress {

    private static final Pattern PROGRESS = Pattern.compile("(Sources|Files loaded): (\\d+) of (\\d+) \\((\\d+) %\\)");
    private static final int TAIL = 64 * 1024;

    private RunProgress() {
    }

    static Optional<String> latest(Path home) {
        Path log = home.resolve("logs/vtlt-warehouse.log");
        if (!Files.isRegularFile(log)) {
            return Optional.empty();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            Matcher progress = PROGRESS.matcher(new String(tail, StandardCharsets.UTF_8));
            String last = null;
            while (progress.find()) {
                last = progress.group();
            }
            return Optional.ofNullable(last);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
