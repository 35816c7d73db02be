package vn.vtlt.warehouse.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.ProgramJvm;

/**
 * The embedded job history keeps what was committed when the import is killed: crash recovery restarts a run from
 * it, so a commit lost with the process (H2 writes them half a second later by default) could leave a run that can
 * never be finished.
 */
class JobHistoryTest {

    @Test
    void whatWasCommittedSurvivesAProcessKilledRightAfter(@TempDir Path home) throws Exception {
        // given a process that commits to a home's job history and dies at once, as kill -9 leaves it
        List<String> command = new ArrayList<>(ProgramJvm.command(List.of(), CommitsThenDies.class.getName()));
        command.add(home.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("committed");

        // when the history is opened again
        try (Connection connection = DriverManager.getConnection(JobHistory.embeddedUrl(home), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from committed_before_death")) {

            // then the committed row is there
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
        }
    }
}
