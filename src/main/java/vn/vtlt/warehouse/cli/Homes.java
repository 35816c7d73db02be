package vn.vtlt.warehouse.cli;

import java.nio.file.Path;
import java.util.List;

import vn.vtlt.warehouse.config.PlainSettings;

/** The home folder of commands that run without the Spring context: --home, else vtlt.home as Spring reads it, else ./data. */
final class Homes {

    private Homes() {
    }

    static Path resolve(Path option) {
        return resolve(option, PlainSettings.of(List.of(), System.getenv()));
    }

    static Path resolve(Path option, PlainSettings settings) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        return Path.of(settings.get("vtlt.home").orElse("data")).toAbsolutePath();
    }
}
