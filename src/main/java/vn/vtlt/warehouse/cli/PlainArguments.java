package vn.vtlt.warehouse.cli;

import java.util.List;
import java.util.regex.Pattern;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.vtlt.warehouse.config.PlainSettings;

/**
 * The settings of the commands that answer without starting Spring ({@code history}, {@code status}): the same job
 * files ({@code --spring.config.additional-location=file:/etc/vtlt/nightly-import.yml}), {@code --vtlt.*=} settings
 * and environment as the import, so that they read the job history where the import writes it. Any other argument
 * the command does not know is refused (exit code 2).
 */
final class PlainArguments {

    private static final Pattern SETTING = Pattern.compile("--(vtlt\\.[A-Za-z0-9._\\[\\]-]+|spring\\.config\\.(additional-)?location)=.*");

    private PlainArguments() {
    }

    /** The settings from the command's unmatched arguments (its {@code @Unmatched} list) and the environment. */
    static PlainSettings settings(CommandSpec spec, List<String> unmatched) {
        List<String> unknown = unmatched.stream().filter(argument -> !SETTING.matcher(argument).matches()).toList();
        if (!unknown.isEmpty()) {
            throw new UnmatchedArgumentException(spec.commandLine(), unknown);
        }
        return PlainSettings.of(unmatched, System.getenv());
    }
}
