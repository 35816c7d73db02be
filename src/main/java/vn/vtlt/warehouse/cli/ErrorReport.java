package vn.vtlt.warehouse.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import vn.vtlt.warehouse.config.UserError;
import vn.vtlt.warehouse.status.JobHistory;

/**
 * How a failed command shows its error: one line that says what went wrong and what to do, in the console and the
 * log file; the stack trace goes to the log file only (or to the console too with {@code --debug}). Exit code 1, as
 * for a failed run; 2 for a command line with unknown options.
 */
final class ErrorReport implements IExecutionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorReport.class);
    private static final Pattern DUCKDB_LOCK = Pattern.compile("Could not set lock on file \"([^\"]+)\".*?(PID \\d+)?",
            Pattern.DOTALL);

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) throws Exception {
        if (ex instanceof ParameterException invalid) {
            // unknown options found once the command knew which of its arguments are Spring properties
            return invalid.getCommandLine().getParameterExceptionHandler().handleParseException(invalid, new String[0]);
        }
        Optional<String> unknownSettings = unknownSettings(ex);
        boolean fileLogging = fileLogging();
        String line = unknownSettings.or(() -> oneLine(ex)).orElseGet(() -> unexpected(ex)
                + (fileLogging ? " (the log file has the details; --debug shows them here)" : " (--debug shows the details)"));
        if (fileLogging) {
            // the console shows the line (its pattern leaves stack traces out unless --debug); the file has everything
            log.error(line, ex);
        } else {
            PrintWriter err = commandLine.getErr();
            err.println("ERROR " + line);
            if (VtltWarehouse.debug(commandLine.getCommandSpec())) {
                ex.printStackTrace(err);
            }
            err.flush();
        }
        return unknownSettings.isPresent() ? commandLine.getCommandSpec().exitCodeOnInvalidInput()
                : commandLine.getCommandSpec().exitCodeOnExecutionException();
    }

    /** Settings under vtlt. that the program does not know (a misspelling, on the command line or in a job file). */
    private static Optional<String> unknownSettings(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnboundConfigurationPropertiesException unbound) {
                return Optional.of("unknown setting(s): " + unbound.getUnboundProperties().stream()
                        .map(property -> property.getName() + " (from " + property.getOrigin() + ")")
                        .collect(java.util.stream.Collectors.joining(", ")) + "; a misspelling? The README lists the settings.");
            }
        }
        return Optional.empty();
    }

    /** A mistake someone can mend, as one line saying what to do; empty for anything else. */
    static Optional<String> oneLine(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserError) {
                return Optional.of(cause.getMessage());
            }
            if (cause instanceof BindException bind) {
                return Optional.of("invalid setting " + bind.getName() + ": " + unexpected(bind));
            }
            if (cause instanceof NoSuchFileException missing) {
                return Optional.of("file not found: " + missing.getFile());
            }
            if (cause instanceof SQLException && cause.getMessage() != null) {
                Matcher lock = DUCKDB_LOCK.matcher(cause.getMessage());
                if (lock.find()) {
                    return Optional.of("the warehouse " + lock.group(1) + " is in use by another process"
                            + (lock.group(2) == null ? "" : " (" + lock.group(2) + ")")
                            + ": another import is running, or a client opened it read-write. Wait for the import to end "
                            + "or close that client (analysts open analytics.duckdb read-only).");
                }
                if (JobHistory.inUse(cause)) {
                    return Optional.of("the job history (<home>/job-repository) is in use: another import is running. "
                            + "Wait for it to end.");
                }
            }
        }
        return Optional.empty();
    }

    /** Anything else: the innermost cause's first line. */
    private static String unexpected(Throwable ex) {
        Throwable innermost = ex;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Whether Spring Boot's logging, with its log file, is set up (the commands that start Spring). */
    private static boolean fileLogging() {
        return LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root
                && root.getAppender("FILE") != null;
    }
}
