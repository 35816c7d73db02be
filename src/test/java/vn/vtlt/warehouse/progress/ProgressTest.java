package vn.vtlt.warehouse.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void logsATenthOfTheWayAtATimeWhenNotOnATerminal() {
        List<String> lines = new ArrayList<>();
        Progress progress = new Progress("Files loaded", 200, false, lines::add, () -> 0);
        for (int i = 0; i < 200; i++) {
            progress.advance(1);
        }
        progress.finish();
        assertThat(lines).hasSize(11).first().isEqualTo("Files loaded: 1 of 200 (0 %)");
        assertThat(lines).contains("Files loaded: 100 of 200 (50 %)").last().isEqualTo("Files loaded: 200 of 200 (100 %)");
        assertThat(String.join("", lines)).doesNotContain("\r");
    }

    @Test
    void redrawsOneBarInPlaceOnATerminalAtMostTenTimesASecond() {
        List<String> frames = new ArrayList<>();
        AtomicLong now = new AtomicLong();
        Progress progress = new Progress("Sources", 4, true, frames::add, now::get);
        progress.advance(1);
        progress.advance(1);
        now.addAndGet(150);
        progress.advance(1);
        progress.advance(1);
        progress.finish();
        assertThat(frames).containsExactly(
                "\rSources [#######                       ] 1/4",
                "\rSources [######################        ] 3/4",
                "\rSources [##############################] 4/4",
                "\n");
    }
}
