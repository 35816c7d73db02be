package vn.vtlt.warehouse.cli;

import java.nio.file.Path;

/** The home folder of commands that run without the Spring context: --home, else $VTLT_HOME, else ./data. */
final class Homes {

    private Homes() {
    }

    static Path resolve(Path option) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String environment = System.getenv("VTLT_HOME");
        return Path.of(environment == null || environment.isBlank() ? "data" : environment).toAbsolutePath();
    }
}
