package vn.vtlt.warehouse.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.vtlt.warehouse.parse.ReadLimits;

/**
 * Everything an operator can set, from the command line, {@code application.yml}, {@code jobs/*.yml} or the
 * environment ({@code VTLT_HOME}, {@code VTLT_PERSON_KEY}, ...), the usual Spring Boot way.
 *
 * @param home           the home folder: warehouse, job history, archive, feedback
 * @param registry       the agency registry file (import's --registry)
 * @param inbox          the inbox of folder sources (import's --inbox)
 * @param policy         strict or lenient (contract section 5)
 * @param personKey      the HMAC key for person IDs (environment VTLT_PERSON_KEY); never printed
 * @param personKeyFile  a file holding the key, readable by its owner only
 * @param validateThreads how many files are validated at once
 * @param load           how files are grouped into load transactions
 * @param publish        how the analysts' file is published
 * @param schedule       when {@code schedule} runs the import
 * @param duckdb         DuckDB settings
 * @param http           HTTP source settings
 * @param limits         how much of the machine one submission file may take ({@code vtlt.limits.*})
 * @param jobRepository  where Spring Batch keeps the job history (default: an embedded H2 file under the home)
 * @param portal         the portal ({@code serve})
 * @param cluster        validation partitions sent to workers on other machines (remote partitioning)
 * @param calendar       the reporting calendar: deadlines, extensions, reminders ({@code jobs/reporting-calendar.yml})
 * @param mail           notices by e-mail (the server itself is {@code spring.mail.*})
 * @param demo           set by the {@code demo} command: the built-in demo key is allowed
 * @param test           hooks for tests only
 *
 * <p>A setting under {@code vtlt.} that is none of these is refused at start (a misspelled {@code --vtlt.polcy=lenient}
 * must not run silently strict).
 */
@ConfigurationProperties(prefix = "vtlt", ignoreUnknownFields = false)
public record VtltProperties(
        @DefaultValue("data") Path home,
        Path registry,
        Path inbox,
        @DefaultValue("strict") String policy,
        String personKey,
        Path personKeyFile,
        @DefaultValue("2") int validateThreads,
        @DefaultValue Load load,
        @DefaultValue Publish publish,
        @DefaultValue Schedule schedule,
        @DefaultValue Duckdb duckdb,
        @DefaultValue Http http,
        @DefaultValue ReadLimits limits,
        @DefaultValue JobRepository jobRepository,
        @DefaultValue Portal portal,
        @DefaultValue Cluster cluster,
        @DefaultValue Calendar calendar,
        @DefaultValue Mail mail,
        boolean demo,
        @DefaultValue Test test) {

    /**
     * @param url          a JDBC URL (a shared PostgreSQL when partitions run on several machines); none: the
     *                     embedded file
     * @param username     its user
     * @param password     its password (environment {@code VTLT_JOB_REPOSITORY_PASSWORD}; never printed)
     * @param passwordFile a file holding the password, readable by its owner only (preferred to {@code password})
     */
    public record JobRepository(String url, @DefaultValue("sa") String username, @DefaultValue("") String password,
                                Path passwordFile) {

        /**
         * The settings of the commands that read the job history without starting Spring ({@code history},
         * {@code status}): from their arguments, the environment and the job files, as Spring reads them for the
         * others.
         */
        public static JobRepository from(PlainSettings settings) {
            return new JobRepository(settings.get("vtlt.job-repository.url").orElse(null),
                    settings.get("vtlt.job-repository.username").orElse("sa"),
                    settings.get("vtlt.job-repository.password").orElse(""),
                    settings.get("vtlt.job-repository.password-file").map(Path::of).orElse(null));
        }

        /** Whether the history is in a database server rather than the embedded file under the home. */
        public boolean external() {
            return url != null && !url.isBlank();
        }

        /** The JDBC URL: the server's, or the embedded file's under the home. */
        public String urlFor(Path home) {
            return external() ? url : vn.vtlt.warehouse.status.JobHistory.embeddedUrl(home);
        }

        /** The password: the secret file's first line when there is one (refused if others can read it). */
        public String secret() {
            if (passwordFile == null) {
                return password;
            }
            SecretFiles.requireOwnerOnly(passwordFile);
            try {
                return java.nio.file.Files.readString(passwordFile).strip();
            } catch (java.io.IOException e) {
                throw new UserError("cannot read the job repository's password file " + passwordFile + ": " + e.getMessage());
            }
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }

        @Override
        public String toString() {
            return "JobRepository[url=" + url + ", username=" + username + "]";
        }
    }

    /**
     * @param dryRuns          how many dry runs of uploads the portal runs at once (each holds a file's reading in memory)
     * @param publishedFigures a CSV of published figures ({@code figure,value}, as {@code report --compare}) that the
     *                         analysts' review page reconciles with; none: no reconciliation
     */
    public record Portal(@DefaultValue("2") int dryRuns, Path publishedFigures) {
    }

    /**
     * @param enabled          the import (the manager) sends its validation partitions to {@code worker} processes
     *                         through the PostgreSQL job repository instead of running them itself
     * @param partitionTimeout how long the manager waits for the workers to finish all of a run's partitions; then
     *                         the run fails, naming the cause ({@code restart RUN} finishes it once workers run)
     * @param pollInterval     how often the manager looks in the job repository for finished partitions
     * @param heartbeat        how often a worker says it is alive and looks for partitions that a worker which died
     *                         left behind (a dead worker's partition returns to the queue when its connection drops)
     * @param partitionFiles   most files in a validation partition (a partition is one unit of work, in-process too):
     *                         fewer spread a run over more workers, at the cost of more step executions
     */
    public record Cluster(boolean enabled, @DefaultValue("30m") Duration partitionTimeout,
                          @DefaultValue("1s") Duration pollInterval, @DefaultValue("10s") Duration heartbeat,
                          @DefaultValue("100") int partitionFiles) {
    }

    /**
     * The reporting calendar (contract section 9).
     *
     * @param deadlines       when each dataset of year Y is due, as month-day of Y+1 ({@code 01-15})
     * @param extensions      deadlines granted to one agency for one key, with the reason
     * @param remindDaysBefore reminders go this many days before a deadline to agencies that still owe the key
     * @param lateEveryDays   after a deadline, a lateness notice, then again every this many days (0: only once)
     * @param zone            the time zone of the deadlines' days and of "today"
     * @param today           the calendar's day instead of the machine's (tests; an operator re-sending a day's notices)
     */
    public record Calendar(@DefaultValue Deadlines deadlines, java.util.List<Extension> extensions,
                           @DefaultValue({"14", "3"}) java.util.List<Integer> remindDaysBefore,
                           @DefaultValue("7") int lateEveryDays,
                           @DefaultValue("Asia/Ho_Chi_Minh") java.time.ZoneId zone,
                           java.time.LocalDate today) {

        /** Extensions, none when the calendar file grants none. */
        @Override
        public java.util.List<Extension> extensions() {
            return extensions == null ? java.util.List.of() : extensions;
        }

        /** @param nhanSu rosters; @param daoTao training activities; @param hocVien participant lists */
        public record Deadlines(@DefaultValue("01-15") String nhanSu, @DefaultValue("01-31") String daoTao,
                                @DefaultValue("01-31") String hocVien) {
        }

        /** One agency's later deadline for one key (agency, dataset, year), and why. */
        public record Extension(String agency, String dataset, int year, java.time.LocalDate deadline, String reason) {
        }
    }

    /**
     * Notices by e-mail; they are sent when {@code spring.mail.host} is set (password: {@code spring.mail.password}
     * from the environment or a secret file, never printed).
     *
     * @param from      the sender address
     * @param portalUrl the portal's address, linked from every notice when set
     * @param dryRun    write the messages as .eml files in the run's feedback folder instead of sending them
     *                  ({@code import --mail-dry-run})
     */
    public record Mail(@DefaultValue("vtlt-warehouse@localhost") String from, String portalUrl, boolean dryRun) {
    }

    /** @param pauseAt points where a test holds a run ({@code progress/PausePoints}) */
    public record Test(@DefaultValue("") String pauseAt) {
    }

    /**
     * @param groupFiles most files loaded in one transaction: per-statement costs are paid once per group
     * @param groupRows  most rows loaded in one transaction (a larger file makes a group of its own); above DuckDB's
     *                   row group (122,880 rows), so that a full group's facts are written once, straight to the
     *                   warehouse file, rather than to the write-ahead log and again at each checkpoint
     */
    public record Load(@DefaultValue("200") int groupFiles, @DefaultValue("250000") long groupRows) {
    }

    /**
     * @param cron a Spring cron expression (second minute hour day month weekday); default 02:00 every night
     * @param zone the time zone the expression is read in
     */
    public record Schedule(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("Asia/Ho_Chi_Minh") String zone) {
    }

    /** @param keep how long the snapshots of earlier runs are kept beside the analysts' file */
    public record Publish(@DefaultValue("7d") Duration keep) {
    }

    /**
     * @param memoryLimit   DuckDB's memory_limit: its cache otherwise grows with the data. 128MB: the import keeps
     *                      every statement within what it may spill (a single list of 2,000,000 rows loads, spilling),
     *                      and what DuckDB keeps beyond its work is the blocks the loads wrote, which no later
     *                      group reads; at 256MB they made the peak grow with the data (issue 15: large set 538-556
     *                      MiB against 395-407 for a fifth of it; at 128MB 397-411 against 390-400, the time the same)
     * @param threads       DuckDB's worker threads
     * @param maxTempSize   DuckDB's max_temp_directory_size, what it may spill to {@code <home>/tmp} beyond
     *                      memoryLimit; empty: DuckDB's default (90% of the disk's free space)
     */
    public record Duckdb(@DefaultValue("128MB") String memoryLimit, @DefaultValue("2") int threads,
                         @DefaultValue("") String maxTempSize) {
    }

    /**
     * @param connectTimeout how long to wait for a source to accept a connection
     * @param requestTimeout how long one request (listing or file) may take
     * @param maxFileBytes   the largest file received, from any source (a larger one is refused unread)
     * @param maxListingEntries the most entries an HTTP source's listing may have (a longer one is refused)
     * @param tokenFile      a properties file of bearer tokens by agency code ({@code QH-776=...}); never printed
     * @param tokens         bearer tokens by agency code, for configuration that is not a file
     */
    public record Http(@DefaultValue("10s") Duration connectTimeout, @DefaultValue("120s") Duration requestTimeout,
                       @DefaultValue("268435456") long maxFileBytes, @DefaultValue("10000") int maxListingEntries,
                       Path tokenFile, Map<String, String> tokens) {
    }

    /** Everything but the secrets. */
    @Override
    public String toString() {
        return "VtltProperties[home=" + home + ", registry=" + registry + ", inbox=" + inbox + ", policy=" + policy + "]";
    }

    /** The home folder, absolute: the job parameters and the archive's relative paths depend on it. */
    @Override
    public Path home() {
        return home.toAbsolutePath().normalize();
    }

    public Path warehouseFile() {
        return home().resolve("warehouse.duckdb");
    }

    public Path archiveDir() {
        return home().resolve("archive");
    }

    public Path workDir() {
        return home().resolve("work");
    }

    public Path feedbackDir() {
        return home().resolve("feedback");
    }

    public Path tempDir() {
        return home().resolve("tmp");
    }
}
