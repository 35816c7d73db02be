package vn.vtlt.warehouse.parse;

import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.problem.FileFault;

/** The limits of reading one file, and the moment its reading time runs out. One per file read. */
public final class ReadBudget {

    private final ReadLimits limits;
    private final long deadlineNanos;

    public ReadBudget(ReadLimits limits) {
        this.limits = limits;
        this.deadlineNanos = System.nanoTime() + limits.readTime().toNanos();
    }

    public ReadLimits limits() {
        return limits;
    }

    /** Fails once the file has taken longer than {@code vtlt.limits.read-time}. */
    public void checkTime() throws FileFault {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw exceeded("reading took longer than " + limits.readTime().toSeconds() + " s",
                    "đọc tệp lâu hơn " + limits.readTime().toSeconds() + " giây", "read-time");
        }
    }

    /**
     * The rejection of a file that exceeds a limit: what was found in both languages and the setting an operator
     * raises if the file is genuine.
     */
    public static FileFault exceeded(String english, String vietnamese, String setting) {
        return new FileFault(Fault.RESOURCE_LIMIT, vietnamese + " / " + english + " (vtlt.limits." + setting + ")");
    }
}
