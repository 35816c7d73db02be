package vn.vtlt.warehouse.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of a command line that runs this program (or a class of the tests) in a JVM of its own, as the tests do
 * when a process must be killed, held, or run beside another. These JVMs handle a few small files and live seconds:
 * the JIT's optimising compiler would spend more CPU than it ever saves, so they run with the quick compiler only
 * (a 6-file import measured 10.5 s of CPU instead of 20.2 s), and the serial collector (no GC threads), which on CI's
 * two cores leaves more of them to the rest of the suite. They start from a class-data-sharing archive made for the
 * tests' class path ({@link ChildStartupCache}), as the shipped command starts from its start-up cache. Behaviour is
 * the same; only the JIT and where the classes are loaded from differ.
 */
public final class ProgramJvm {

    /** The program's main class. */
    static final String PROGRAM = "vn.vtlt.warehouse.cli.VtltWarehouse";

    private ProgramJvm() {
    }

    /** {@code java <options> -cp <the tests' class path> <mainClass>}. */
    public static List<String> command(List<String> jvmOptions, String mainClass) {
        ChildStartupCache.Start start = ChildStartupCache.start();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ChildStartupCache.BASE_OPTIONS);
        command.addAll(start.options());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", start.classPath(), mainClass));
        return command;
    }

    /** {@code java ... vn.vtlt.warehouse.cli.VtltWarehouse}: the program's command line. */
    public static List<String> program(List<String> jvmOptions) {
        return command(jvmOptions, PROGRAM);
    }
}
