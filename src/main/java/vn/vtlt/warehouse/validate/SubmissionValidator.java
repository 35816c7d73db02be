package vn.vtlt.warehouse.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.parse.DelimitedFile;
import vn.vtlt.warehouse.parse.EncodingDetector;
import vn.vtlt.warehouse.parse.ReadBudget;
import vn.vtlt.warehouse.parse.ReadLimits;
import vn.vtlt.warehouse.parse.SheetTable;
import vn.vtlt.warehouse.parse.SubmissionTable;
import vn.vtlt.warehouse.parse.TableLayout;
import vn.vtlt.warehouse.parse.TextCheck;
import vn.vtlt.warehouse.parse.TextKey;
import vn.vtlt.warehouse.parse.VnNumbers;
import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.problem.FileFault;
import vn.vtlt.warehouse.problem.Problem;

/**
 * Validates one received file into its staging files ({@link StagingFiles}): the rows (the valid rows, normalised,
 * person IDs replaced by their keys, names dropped), the problems (every fault and warning by line and column) and
 * the outcome. Touches no database, so that any machine can run it. Streams the file.
 */
public final class SubmissionValidator {

    private static final List<String> PERSONAL_COLUMNS = List.of("person_id", "full_name");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The file to validate, where it came from, and where to write. */
    public record Request(Path file, String fileName, String sourceAgency, StagingFiles staging) {
    }

    /**
     * Validations of this JVM share its heap: they run side by side under the read lock, and a file whose reading ran
     * out of memory is read again under the write lock, alone, so that a file that was only unlucky to run beside a
     * greedy one is not rejected, and the greedy one is.
     */
    private static final ReadWriteLock HEAP = new ReentrantReadWriteLock();

    private final PersonKeyHasher hasher;
    private final ReadLimits limits;

    public SubmissionValidator(PersonKeyHasher hasher, ReadLimits limits) {
        this.hasher = hasher;
        this.limits = limits;
    }

    /** A validator with the default limits. */
    public SubmissionValidator(PersonKeyHasher hasher) {
        this(hasher, ReadLimits.DEFAULTS);
    }

    /**
     * Validates a file; whatever the file does, the answer is an outcome (a file that exceeds a limit, breaks the
     * reader or exhausts the heap is rejected with its reason), never an error, and the JVM stays usable. Only a
     * failure to write the staging files is thrown: that is not the file's fault.
     */
    public ValidationOutcome validate(Request request) throws IOException {
        HEAP.readLock().lock();
        try {
            return validateOnce(request);
        } catch (OutOfMemoryError e) {
            // what this reading held is unreachable now that it has unwound: the heap is free again for the retry
        } finally {
            HEAP.readLock().unlock();
        }
        HEAP.writeLock().lock();
        try {
            return validateOnce(request);
        } catch (OutOfMemoryError e) {
            long heapMb = Runtime.getRuntime().maxMemory() >> 20;
            return rejected(request, SubmissionFileName.parse(request.fileName()).orElse(null), new FileFault(
                    Fault.RESOURCE_LIMIT, "đọc tệp làm hết bộ nhớ (" + heapMb + " MB), kể cả khi đọc riêng / reading the file "
                    + "exhausted the memory (" + heapMb + " MB heap, -Xmx of the command line), also when read alone"));
        } finally {
            HEAP.writeLock().unlock();
        }
    }

    private ValidationOutcome validateOnce(Request request) throws IOException {
        Files.createDirectories(request.staging().folder());
        SubmissionFileName name = SubmissionFileName.parse(request.fileName()).orElse(null);
        ReadBudget budget = new ReadBudget(limits);
        try {
            if (name == null && SubmissionFileName.isWorkbookOfDatasets(request.fileName())) {
                SheetTable.sheets(request.file(), budget); // an unreadable workbook says so
                throw new FileFault(Fault.UNSUPPORTED_FORMAT, "no sheet named nhan-su, dao-tao or hoc-vien / "
                        + "không có trang tính nào tên nhan-su, dao-tao hoặc hoc-vien");
            }
            if (name == null) {
                throw new FileFault(Fault.BAD_FILE_NAME, "'" + request.fileName() + "'; expected / cần có: "
                        + SubmissionFileName.EXPECTED);
            }
            ValidationOutcome outcome = validateContent(request, name, budget);
            JSON.writeValue(request.staging().outcome().toFile(), outcome);
            return outcome;
        } catch (FileFault fault) {
            return rejected(request, name, fault);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // writing the staging files failed
        } catch (RuntimeException | StackOverflowError e) {
            // a reader or a rule broken by what the file holds: the file is rejected, the other files go on
            return rejected(request, name, new FileFault(Fault.UNSUPPORTED_FORMAT, "không đọc được tệp / the file could "
                    + "not be read (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static ValidationOutcome rejected(Request request, SubmissionFileName name, FileFault fault) throws IOException {
        Files.createDirectories(request.staging().folder());
        Files.deleteIfExists(request.staging().rows());
        Files.deleteIfExists(request.staging().problems());
        ValidationOutcome outcome = new ValidationOutcome(fault.fault().name(), fault.detail(),
                name == null ? null : name.agencyCode(), name == null ? null : name.dataset().code(),
                name == null ? null : name.year(), null, null, 0, Map.of(), 0);
        JSON.writeValue(request.staging().outcome().toFile(), outcome);
        return outcome;
    }

    private ValidationOutcome validateContent(Request request, SubmissionFileName name, ReadBudget budget)
            throws IOException, FileFault {
        if (!name.agencyCode().equalsIgnoreCase(request.sourceAgency())) {
            throw new FileFault(Fault.SOURCE_MISMATCH, "file name / tên tệp: " + name.agencyCode()
                    + ", source / nguồn: " + request.sourceAgency());
        }
        SubmissionTable table = name.extension().equals("xlsx")
                ? SheetTable.forDataset(request.file(), name.dataset().code(), budget)
                : new DelimitedFile(request.file(), EncodingDetector.detect(request.file()), budget);
        TableLayout layout = table.layout(name.dataset().headings());
        Map<String, String> letters = new LinkedHashMap<>();
        layout.columnIndex().forEach((alias, index) -> letters.put(alias, TableLayout.columnLetter(index)));

        try (StagingCsv rows = new StagingCsv(request.staging().rows());
             StagingCsv problems = StagingCsv.ifAnyRecord(request.staging().problems(),
                     "line_no", "column_name", "value", "fault_code", "expected", "severity")) {
            DatasetRules rules = DatasetRules.of(name.dataset(), name.year(), layout);
            List<String> header = new ArrayList<>(List.of("line_no"));
            header.addAll(rules.stagingColumns());
            rows.printRecord(header.toArray());
            for (String unknown : layout.unknownHeadings()) {
                print(problems, Problem.warning(layout.headerLine(), unknown, "", Fault.UNKNOWN_COLUMN_IGNORED,
                        String.join(", ", name.dataset().headings().stream().map(h -> h.heading()).toList())));
            }
            FileScan scan = new FileScan(name, layout, rules, budget);
            table.forEachRow(layout, (lineNo, cells) -> scan.row(lineNo, cells, rows, problems));
            scan.finish();
            for (Problem warning : table.readingWarnings()) {
                print(problems, warning);
            }
            return new ValidationOutcome(null, null, name.agencyCode(), name.dataset().code(), name.year(),
                    table.encodingLabel(), table.layoutLabel(layout), scan.rowsRead, letters, problems.records());
        }
    }

    private static void print(StagingCsv out, Problem problem) throws IOException {
        out.printRecord(problem.lineNo() > 0 ? problem.lineNo() : null, problem.column(), problem.value(), problem.fault().name(),
                problem.expected(), problem.severity().name());
    }

    /**
     * The state of one pass over a file: rows read, the total row, the sums it must match; and the file's columns,
     * looked up once (every cell of every row is checked).
     */
    private final class FileScan {

        private final SubmissionFileName name;
        private final TableLayout layout;
        private final DatasetRules rules;
        private final ReadBudget budget;
        private final long maxRows;
        /** The file's contract columns, in the order of its heading row. */
        private final Column[] columns;
        private final RepeatedHeadings repeatedHeadings;
        private final Column agencyCode;
        private final Column reportYear;
        private final Column[] summed;
        /** The sum of each summed column so far; meaningless once {@link #unsummable}. */
        private final long[] sums;
        /** Whether a summed column holds a value that is not a whole number (its total is not checked). */
        private final boolean[] unsummable;
        private long rowsRead;
        private long totalLine;
        private List<String> totalCells;

        FileScan(SubmissionFileName name, TableLayout layout, DatasetRules rules, ReadBudget budget) {
            this.name = name;
            this.budget = budget;
            this.maxRows = budget.limits().maxRows().of(name.dataset().code());
            this.layout = layout;
            this.rules = rules;
            this.columns = layout.columnIndex().keySet().stream().map(alias -> Column.in(layout, alias))
                    .toArray(Column[]::new);
            this.repeatedHeadings = new RepeatedHeadings(columns, name.dataset());
            this.agencyCode = Column.in(layout, "agency_code");
            this.reportYear = Column.in(layout, "report_year");
            this.summed = rules.summedColumns().stream().map(alias -> Column.in(layout, alias)).toArray(Column[]::new);
            this.sums = new long[summed.length];
            this.unsummable = new boolean[summed.length];
        }

        void row(long lineNo, List<String> cells, StagingCsv rows, StagingCsv problems) throws FileFault {
            RowContext row = new RowContext(lineNo, cells, layout.columnIndex());
            // a row that only repeats the headings (the template's English aliases, a header repeated on each
            // printed page) is not data
            if (repeatedHeadings.in(row)) {
                return;
            }
            String first = firstNonBlank(cells);
            if (first == null || !isTotalLabel(first) && onlyFileKey(cells)) {
                return;
            }
            if (totalCells != null) {
                throw new FileFault(Fault.ROWS_AFTER_TOTAL, "line " + lineNo + " after the total row at line "
                        + totalLine + " / dòng " + lineNo + " nằm sau dòng tổng cộng ở dòng " + totalLine);
            }
            if (isTotalLabel(first)) {
                totalLine = lineNo;
                totalCells = cells;
                return;
            }
            rowsRead++;
            if (rowsRead > maxRows) {
                throw ReadBudget.exceeded("line " + lineNo + ": more than " + maxRows + " data rows",
                        "dòng " + lineNo + ": nhiều hơn " + maxRows + " dòng dữ liệu", "max-rows." + name.dataset().code());
            }
            budget.checkTime();
            checkText(row);
            checkFileKey(row);
            addToSums(row);
            List<Object> staged = rules.check(row, hasher);
            try {
                for (Problem problem : row.problems()) {
                    print(problems, problem);
                }
                rows.printRow(lineNo, staged);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String firstNonBlank(List<String> cells) {
            for (String cell : cells) {
                String stripped = cell.strip();
                if (!stripped.isEmpty()) {
                    return stripped;
                }
            }
            return null;
        }

        /**
         * A row that holds nothing but the agency code and year (the template fills them in on every row): blank.
         */
        private boolean onlyFileKey(List<String> cells) {
            boolean any = false;
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    if (i != agencyCode.index() && i != reportYear.index()) {
                        return false;
                    }
                    any = true;
                }
            }
            return any;
        }

        /** 'Tổng cộng', 'TONG CONG', 'Cộng'...; folded only when it could be one (most rows' first cell cannot). */
        private static boolean isTotalLabel(String first) {
            char initial = Character.toLowerCase(first.charAt(0));
            if (first.length() > 24 || (initial != 't' && initial != 'c')) {
                return false;
            }
            String key = TextKey.fold(first);
            return key.equals("tongcong") || key.equals("cong");
        }

        /** Garbled or '?'-damaged text rejects the file: the encoding is wrong, not one row. */
        private void checkText(RowContext row) throws FileFault {
            for (Column column : columns) {
                String value = row.text(column);
                Fault fault = TextCheck.check(value).orElse(null);
                if (fault != null) {
                    String shown = PERSONAL_COLUMNS.contains(column.alias()) ? "" : " '" + value + "'";
                    throw new FileFault(fault, "line / dòng " + row.lineNo() + ", "
                            + name.dataset().heading(column.alias()).label() + shown);
                }
            }
        }

        /** Every row's agency (and roster year) must be the file name's (contract section 5: a file-level fault). */
        private void checkFileKey(RowContext row) throws FileFault {
            String agency = row.text(agencyCode);
            if (!agency.isEmpty() && !agency.equalsIgnoreCase(name.agencyCode())) {
                throw new FileFault(Fault.AGENCY_MISMATCH, "line / dòng " + row.lineNo() + ": '" + agency
                        + "', file name / tên tệp: " + name.agencyCode());
            }
            if (reportYear.present()) {
                String year = row.text(reportYear);
                OptionalLong parsed = VnNumbers.parseWhole(year);
                if (!year.isEmpty() && (parsed.isEmpty() || parsed.getAsLong() != name.year())) {
                    throw new FileFault(Fault.YEAR_MISMATCH, "line / dòng " + row.lineNo() + ": '" + year
                            + "', file name / tên tệp: " + name.year());
                }
            }
        }

        private void addToSums(RowContext row) {
            for (int c = 0; c < summed.length; c++) {
                if (unsummable[c]) {
                    continue;
                }
                String value = row.text(summed[c]);
                OptionalLong parsed = value.isEmpty()
                        ? OptionalLong.of(summed[c].alias().equals("class_count") ? 1 : 0)
                        : VnNumbers.parseWhole(value);
                if (parsed.isPresent()) {
                    sums[c] += parsed.getAsLong();
                } else {
                    unsummable[c] = true;
                }
            }
        }

        void finish() throws FileFault {
            if (rowsRead == 0) {
                throw new FileFault(Fault.EMPTY_FILE, "no data rows below the heading row at line "
                        + layout.headerLine() + " / không có dòng dữ liệu dưới dòng tiêu đề");
            }
            if (totalCells != null) {
                checkTotal();
            }
        }

        /** Sums by column where the dataset has amounts; otherwise a number in the total row counts the rows. */
        private void checkTotal() throws FileFault {
            if (summed.length == 0) {
                for (int i = 1; i < totalCells.size(); i++) {
                    OptionalLong count = VnNumbers.parseWhole(totalCells.get(i));
                    if (!totalCells.get(i).isBlank() && count.isPresent() && count.getAsLong() != rowsRead) {
                        throw totalFault("số dòng / rows", totalCells.get(i), rowsRead);
                    }
                }
                return;
            }
            for (int c = 0; c < summed.length; c++) {
                int index = summed[c].index();
                if (unsummable[c] || index < 0 || index >= totalCells.size() || totalCells.get(index).isBlank()) {
                    continue;
                }
                OptionalLong total = VnNumbers.parseWhole(totalCells.get(index));
                if (total.isEmpty() || total.getAsLong() != sums[c]) {
                    throw totalFault(name.dataset().heading(summed[c].alias()).label(), totalCells.get(index), sums[c]);
                }
            }
        }

        private FileFault totalFault(String column, String found, long expected) {
            return new FileFault(Fault.TOTAL_MISMATCH, "line / dòng " + totalLine + ", " + column + ": '"
                    + found.strip() + "', sum of the rows / tổng các dòng: " + expected);
        }
    }
}
