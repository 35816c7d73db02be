package vn.vtlt.warehouse.progress;

import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long step (sources pulled, files loaded): on a terminal, one bar redrawn in place; elsewhere (a
 * scheduler's log, a pipe) a plain log line at each tenth of the way, never a redraw.
 */
public final class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);
    private static final int WIDTH = 30;
    private static final long REDRAW_MILLIS = 100;

    private final String what;
    private final long total;
    private final boolean terminal;
    private final Consumer<String> out;
    private final LongSupplier clock;
    private long done;
    private long lastDraw = -REDRAW_MILLIS;
    private long lastTenth = -1;

    Progress(String what, long total, boolean terminal, Consumer<String> out, LongSupplier clock) {
        this.what = what;
        this.total = total;
        this.terminal = terminal;
        this.out = out;
        this.clock = clock;
    }

    /** A bar on the terminal when there is one, else log lines. */
    public static Progress of(String what, long total) {
        boolean terminal = System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
        PrintStream console = System.out;
        return new Progress(what, total, terminal, terminal ? console::print : log::info, System::currentTimeMillis);
    }

    public void advance(long steps) {
        done += steps;
        if (terminal) {
            long now = clock.getAsLong();
            if (done >= total || now - lastDraw >= REDRAW_MILLIS) {
                lastDraw = now;
                int filled = total == 0 ? WIDTH : (int) (WIDTH * Math.min(done, total) / total);
                out.accept(String.format("\r%s [%s%s] %d/%d", what, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total));
            }
        } else {
            long tenth = total == 0 ? 10 : Math.min(10, done * 10 / total);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.accept(String.format("%s: %d of %d (%d %%)", what, done, total, tenth * 10));
            }
        }
    }

    /** Ends the bar's line on a terminal. */
    public void finish() {
        if (terminal) {
            out.accept("\n");
        }
    }
}
