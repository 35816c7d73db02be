package vn.vtlt.warehouse.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** A program that says how it was started (its archive, its jar, its arguments): the jar of {@link StartupCacheTest}. */
public final class PrintsItsStart {

    private PrintsItsStart() {
    }

    public static void main(String[] args) {
        String archive = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:SharedArchiveFile="))
                .map(option -> option.substring("-XX:SharedArchiveFile=".length())).findFirst().orElse("none");
        System.out.println("archive " + archive);
        System.out.println("jar " + System.getProperty("java.class.path"));
        System.out.println("arguments " + Arrays.toString(args));
    }
}
