package vn.vtlt.warehouse.parse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.problem.FileFault;
import vn.vtlt.warehouse.problem.Problem;

/**
 * One sheet of an XLSX workbook as a submission's table (contract section 3), read as a stream of rows (memory does
 * not grow with the sheet). Excel's ways are undone here: a number cell gives its plain digits (a 12-digit ID stored
 * as a number comes back whole), a date cell gives dd/mm/yyyy, a formula gives the value Excel saved with it; hidden
 * rows are skipped with a warning. Row numbers are Excel's, so that a fault names the cell an agency sees.
 */
public final class SheetTable implements SubmissionTable {

    /** The template's own sheets (instructions, drop-down lists): passed over without a warning. */
    public static final String INSTRUCTIONS_SHEET = "Hướng dẫn";
    public static final String LISTS_SHEET = "Danh mục";

    private static final java.util.Set<String> DATASET_SHEETS = java.util.Set.of("nhansu", "daotao", "hocvien");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final Path file;
    private final String sheetName;
    private final List<Problem> warnings = new ArrayList<>();

    private SheetTable(Path file, String sheetName) {
        this.file = file;
        this.sheetName = sheetName;
    }

    /**
     * Row numbers as the format defines them: a row's {@code r} attribute, or for a row without one (the attribute is
     * optional) the row after the previous one. The reader numbers such rows by their count instead, which is never
     * more than the previous row's number: a number that does not go forward is not an address.
     */
    private static final class RowNumbers {
        private long previous;

        long of(Row row) {
            previous = row.getRowNum() > previous ? row.getRowNum() : previous + 1;
            return previous;
        }
    }

    /** A sheet of a workbook and its visibility. */
    public record SheetInfo(String name, boolean visible) {
    }

    /**
     * The sheets of a workbook, in order, under the default limits (the parts read to list them are checked against
     * them first).
     */
    public static List<SheetInfo> sheets(Path file) throws FileFault {
        return sheets(file, new ReadBudget(ReadLimits.DEFAULTS));
    }

    /** The sheets of a workbook, in order. */
    public static List<SheetInfo> sheets(Path file, ReadBudget budget) throws FileFault {
        WorkbookCheck.checkListing(file, budget);
        return list(file);
    }

    private static List<SheetInfo> list(Path file) throws FileFault {
        try (ReadableWorkbook workbook = open(file)) {
            return workbook.getSheets().map(s -> new SheetInfo(s.getName(), s.getVisibility() == SheetVisibility.VISIBLE)).toList();
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * The sheet of a one-dataset workbook: the one named after the dataset, else the first visible one; every other
     * sheet is ignored with a warning.
     */
    public static SheetTable forDataset(Path file, String datasetCode, ReadBudget budget) throws FileFault {
        Map<String, String> parts = WorkbookCheck.checkListing(file, budget);
        List<SheetInfo> sheets = list(file);
        SheetInfo chosen = sheets.stream().filter(s -> s.visible() && TextKey.fold(s.name()).equals(TextKey.fold(datasetCode)))
                .findFirst()
                .orElse(sheets.stream().filter(SheetInfo::visible).findFirst().orElse(null));
        if (chosen == null) {
            throw new FileFault(Fault.EMPTY_FILE, "no visible sheet / không có trang tính nào hiển thị");
        }
        WorkbookCheck.checkSheet(file, budget, parts.get(chosen.name()), budget.limits().maxRows().of(datasetCode),
                datasetCode);
        SheetTable table = new SheetTable(file, chosen.name());
        for (SheetInfo other : sheets) {
            // the template's own sheets, and the other datasets of a workbook of several, are not to be warned about
            boolean templateSheet = other.name().equals(INSTRUCTIONS_SHEET) || other.name().equals(LISTS_SHEET);
            boolean otherDataset = other.visible() && DATASET_SHEETS.contains(TextKey.fold(other.name()));
            if (!other.equals(chosen) && !templateSheet && !otherDataset) {
                table.warnings.add(Problem.warning(0, "", other.name(),
                        other.visible() ? Fault.OTHER_SHEET_IGNORED : Fault.HIDDEN_SHEET_IGNORED, chosen.name()));
            }
        }
        return table;
    }

    public String sheetName() {
        return sheetName;
    }

    @Override
    public String encodingLabel() {
        return "XLSX";
    }

    @Override
    public String layoutLabel(TableLayout layout) {
        return "sheet " + sheetName; // ValidationOutcome.SHEET_PREFIX
    }

    @Override
    public List<Problem> readingWarnings() {
        return List.copyOf(warnings);
    }

    @Override
    public TableLayout layout(List<Heading> headings) throws FileFault {
        HeadingRow best = null;
        try (ReadableWorkbook workbook = open(file); Stream<Row> rows = sheet(workbook).openStream()) {
            Iterator<Row> iterator = rows.iterator();
            RowNumbers numbers = new RowNumbers();
            for (int seen = 0; seen < DelimitedFile.HEADER_SEARCH_ROWS && iterator.hasNext(); seen++) {
                Row row = iterator.next();
                HeadingRow candidate = HeadingRow.of(numbers.of(row), cells(row), headings);
                if (candidate.missing().isEmpty()) {
                    return candidate.toLayout('x');
                }
                if (candidate.matched() > 0 && (best == null || candidate.matched() > best.matched())) {
                    best = candidate;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
        if (best == null) {
            throw new FileFault(Fault.MISSING_COLUMN, sheetName + ": no heading row in the first " + DelimitedFile.HEADER_SEARCH_ROWS
                    + " rows; expected / cần có: " + HeadingRow.labels(headings.stream().filter(Heading::required).toList()));
        }
        throw new FileFault(Fault.MISSING_COLUMN, sheetName + ": heading row " + best.lineNo() + " lacks / thiếu: "
                + HeadingRow.labels(best.missing()));
    }

    @Override
    public void forEachRow(TableLayout layout, RowConsumer consumer) throws FileFault {
        try (ReadableWorkbook workbook = open(file); Stream<Row> rows = sheet(workbook).openStream()) {
            Iterator<Row> iterator = rows.iterator();
            RowNumbers numbers = new RowNumbers();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                long rowNo = numbers.of(row);
                if (rowNo <= layout.headerLine()) {
                    continue;
                }
                List<String> cells = cells(row);
                if (row.isHidden()) {
                    if (cells.stream().anyMatch(c -> !c.isBlank())) {
                        warnings.add(Problem.warning(rowNo, "", "", Fault.HIDDEN_ROW_IGNORED, sheetName));
                    }
                    continue;
                }
                consumer.accept(rowNo, cells);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e; // writing the staging files failed: not the workbook's fault
        } catch (IOException | RuntimeException e) {
            // the workbook was readable when its heading row was found: what breaks now is damage further in
            throw unreadable(e);
        }
    }

    private Sheet sheet(ReadableWorkbook workbook) throws FileFault {
        return workbook.getSheets().filter(s -> s.getName().equals(sheetName)).findFirst()
                .orElseThrow(() -> new FileFault(Fault.MISSING_COLUMN, "no sheet / không có trang tính '" + sheetName + "'"));
    }

    private static ReadableWorkbook open(Path file) throws IOException {
        return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    }

    private static FileFault unreadable(Exception e) {
        return new FileFault(Fault.UNSUPPORTED_FORMAT, "not a readable XLSX workbook / không đọc được tệp XLSX ("
                + e.getClass().getSimpleName() + ")");
    }

    /** The cells of a row as text, as the agency sees them (empty for a missing cell). */
    static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        String raw = cell.getRawValue();
        return switch (cell.getType()) {
            case NUMBER -> number(raw, cell.getDataFormatId(), cell.getDataFormatString());
            case FORMULA -> raw == null ? "" : isNumber(raw) ? number(raw, cell.getDataFormatId(), cell.getDataFormatString()) : raw;
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
            case EMPTY -> "";
            default -> raw == null ? "" : raw;
        };
    }

    private static boolean isNumber(String raw) {
        try {
            new BigDecimal(raw.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A number cell: dd/mm/yyyy under a date format, else its plain digits (no exponent, no trailing zeros). */
    static String number(String raw, Integer formatId, String format) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        BigDecimal value = new BigDecimal(raw.strip());
        if (isDateFormat(formatId, format)) {
            return EXCEL_EPOCH.plusDays(value.longValue()).format(DAY);
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** Excel's built-in date formats (14-17, 22) or a format of days, months and years. */
    static boolean isDateFormat(Integer formatId, String format) {
        if (formatId != null && (formatId >= 14 && formatId <= 17 || formatId == 22)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String plain = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "");
        return plain.contains("y") || (plain.contains("d") && plain.contains("m"));
    }
}
