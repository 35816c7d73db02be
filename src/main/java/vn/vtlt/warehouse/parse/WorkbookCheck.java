package vn.vtlt.warehouse.parse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.problem.FileFault;

/**
 * A pass over a workbook's parts before the XLSX reader is given it, holding nothing but counters: the reader sizes a
 * row by the column of its last cell, keeps a cell's whole text and the shared strings in memory, so a 2 KB workbook
 * can exhaust any heap. Each part is inflated through a counter (the size the zip declares is not trusted) and its XML
 * read as events (text arrives in pieces, never whole), and the file is refused at the first limit it passes.
 */
final class WorkbookCheck {

    /** How many XML elements are read between two looks at the clock. */
    private static final int CLOCK_EVERY = 65_536;

    private final ReadBudget budget;
    private final ReadLimits limits;
    /** From the workbook part and its relationships: which part each sheet is. */
    private String workbookPart;
    private final Map<String, String> sheetIds = new HashMap<>();
    private final Map<String, String> targets = new HashMap<>();

    private WorkbookCheck(ReadBudget budget) {
        this.budget = budget;
        this.limits = budget.limits();
    }

    /**
     * Checks the parts read to list the sheets (all XML parts but the sheets and the shared strings; the reader reads
     * no other part); returns the part of each sheet, by sheet name.
     */
    static Map<String, String> checkListing(Path file, ReadBudget budget) throws FileFault {
        WorkbookCheck check = new WorkbookCheck(budget);
        check.checkParts(file, name -> !isSheetOrSharedStrings(name), Long.MAX_VALUE, null);
        return check.sheetParts();
    }

    /**
     * Checks the shared strings and the part of the sheet read (every sheet's when it is not known), its rows holding
     * a value counted against {@code maxRows} data rows (and the rows above them a heading row is looked for in).
     */
    static void checkSheet(Path file, ReadBudget budget, String sheetPart, long maxRows, String dataset) throws FileFault {
        new WorkbookCheck(budget).checkParts(file, name -> name.endsWith("sharedStrings.xml")
                || (sheetPart == null ? isSheetOrSharedStrings(name) : name.equals(sheetPart)),
                maxRows, dataset);
    }

    private static boolean isSheetOrSharedStrings(String name) {
        return name.contains("worksheets/") || name.endsWith("sharedStrings.xml");
    }

    private void checkParts(Path file, Predicate<String> read, long maxRows, String dataset) throws FileFault {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long maxPartBytes = limits.maxPartBytes(Files.size(file));
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                if (entry.isDirectory() || !xml || !read.test(name)) {
                    continue;
                }
                try (InputStream in = new CountedPart(zip.getInputStream(entry), name, maxPartBytes)) {
                    saxFactory().newSAXParser().parse(in, new PartLimits(name, maxRows, dataset));
                }
            }
        } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            FileFault fault = limitIn(e);
            throw fault != null ? fault : new FileFault(Fault.UNSUPPORTED_FORMAT,
                    "not a readable XLSX workbook / không đọc được tệp XLSX (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Each sheet's part, from the workbook part (name and relationship id) and its relationships (id and target). */
    private Map<String, String> sheetParts() {
        Map<String, String> parts = new HashMap<>();
        String folder = workbookPart == null || !workbookPart.contains("/") ? ""
                : workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1);
        sheetIds.forEach((sheet, id) -> {
            String target = id == null ? null : targets.get(id);
            if (target != null) {
                parts.put(sheet, target.startsWith("/") ? target.substring(1) : folder + target);
            }
        });
        return parts;
    }

    /** A limit reached deep inside the XML parser, which wraps what its handler and its stream throw. */
    private static FileFault limitIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitReached reached) {
                return reached.fault;
            }
            if (cause instanceof SAXException sax && sax.getException() instanceof LimitReached reached) {
                return reached.fault;
            }
        }
        return null;
    }

    /** Carries a {@link FileFault} through the XML parser and the streams (which may only throw I/O or SAX errors). */
    private static final class LimitReached extends IOException {
        private final FileFault fault;

        LimitReached(FileFault fault) {
            super(fault.detail());
            this.fault = fault;
        }
    }

    /** A part's bytes, counted as they are inflated, and the length of its XML tags (an attribute is held whole). */
    private final class CountedPart extends FilterInputStream {

        private final String part;
        private final long maxBytes;
        private long bytes;
        private long tagBytes = -1;

        CountedPart(InputStream in, String part, long maxBytes) {
            super(in);
            this.part = part;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read <= 0) {
                return read;
            }
            bytes += read;
            if (bytes > maxBytes) {
                throw new LimitReached(ReadBudget.exceeded(
                        "part " + part + " inflates to more than " + maxBytes + " bytes (the workbook file is "
                                + "compressed too far: at most " + limits.maxInflateRatio() + " times its size, and "
                                + limits.maxPartBytes() + " bytes)",
                        "phần " + part + " giải nén ra hơn " + maxBytes + " byte",
                        bytes > limits.maxPartBytes() ? "max-part-bytes" : "max-inflate-ratio"));
            }
            for (int i = offset; i < offset + read; i++) {
                if (buffer[i] == '<') {
                    tagBytes = 0;
                } else if (buffer[i] == '>') {
                    tagBytes = -1;
                } else if (tagBytes >= 0 && ++tagBytes > limits.maxCellChars()) {
                    throw new LimitReached(ReadBudget.exceeded("part " + part + ": an XML tag longer than "
                            + limits.maxCellChars() + " characters", "phần " + part + ": thẻ XML dài hơn "
                            + limits.maxCellChars() + " ký tự", "max-cell-chars"));
                }
            }
            return read;
        }
    }

    /** The limits of one part's content: columns, characters of a text, shared strings, the clock. */
    private final class PartLimits extends DefaultHandler {

        private final String part;
        private final long maxRows;
        private final String dataset;
        private final boolean workbook;
        private final boolean workbookRelationships;
        private long elements;
        private boolean inCell;
        private boolean rowHasValue;
        private long valueRows;
        /** The address of the cell being read, null when it has none. */
        private String cell;
        private long rowNo;
        private long column;
        private long textChars;
        private boolean inSharedString;
        private long sharedStrings;
        private long sharedStringChars;
        private long sharedChars;

        PartLimits(String part, long maxRows, String dataset) {
            this.part = part;
            this.maxRows = maxRows;
            this.dataset = dataset;
            this.workbook = part.endsWith("workbook.xml") && !part.contains("_rels/");
            this.workbookRelationships = part.endsWith("_rels/workbook.xml.rels");
            if (workbook) {
                workbookPart = part;
            }
        }

        @Override
        public void startElement(String uri, String ignored, String qName, Attributes attributes) throws SAXException {
            String localName = local(qName);
            if (++elements % CLOCK_EVERY == 0) {
                fail(() -> budget.checkTime());
            }
            textChars = 0;
            switch (localName) {
                case "row" -> row(attributes.getValue("r"));
                case "c" -> cell(attributes.getValue("r"));
                case "si" -> sharedString();
                case "sheet" -> {
                    if (workbook && attributes.getValue("name") != null) {
                        sheetIds.put(attributes.getValue("name"), relationshipId(attributes));
                    }
                }
                case "Relationship" -> {
                    if (workbookRelationships && attributes.getValue("Id") != null && attributes.getValue("Target") != null) {
                        targets.put(attributes.getValue("Id"), attributes.getValue("Target"));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String ignored, String qName) throws SAXException {
            String localName = local(qName);
            textChars = 0;
            switch (localName) {
                case "si" -> inSharedString = false;
                case "c" -> inCell = false;
                case "row" -> countRow();
                default -> {
                }
            }
        }

        /** The name of an element without its prefix (names are read without namespaces: that is faster). */
        private static String local(String qName) {
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }

        /** A sheet's {@code r:id}, whatever its prefix. */
        private static String relationshipId(Attributes attributes) {
            for (int i = 0; i < attributes.getLength(); i++) {
                if (attributes.getQName(i).endsWith(":id")) {
                    return attributes.getValue(i);
                }
            }
            return null;
        }

        /** Rows holding a value (a sheet may have any number of formatted blank rows, which are not read as data). */
        private void countRow() throws SAXException {
            if (rowHasValue && ++valueRows > maxRows + DelimitedFile.HEADER_SEARCH_ROWS + 1) {
                fail(() -> {
                    throw ReadBudget.exceeded("row " + rowNo + " (" + part + "): more than " + maxRows + " data rows",
                            "dòng " + rowNo + ": nhiều hơn " + maxRows + " dòng dữ liệu", "max-rows." + dataset);
                });
            }
            rowHasValue = false;
        }

        /** The number of a row: its address, or the row after the previous one when it has none (as SheetTable). */
        private void row(String address) {
            column = 0;
            long addressed = address != null && address.matches("[0-9]{1,9}") ? Long.parseLong(address) : 0;
            rowNo = addressed > rowNo ? addressed : rowNo + 1;
        }

        /** The column of a cell: its address's, or after the previous cell's when it has none. */
        private void cell(String address) throws SAXException {
            cell = address;
            inCell = true;
            int letters = 0;
            long addressed = 0;
            while (address != null && letters < address.length() && isAsciiLetter(address.charAt(letters))
                    && addressed <= limits.maxColumns()) {
                addressed = addressed * 26 + (Character.toUpperCase(address.charAt(letters)) - 'A' + 1);
                letters++;
            }
            column = addressed > 0 ? addressed : column + 1;
            if (column > limits.maxColumns()) {
                fail(() -> {
                    throw ReadBudget.exceeded("cell " + cellName() + " (" + part + ") is beyond column "
                            + TableLayout.columnLetter(limits.maxColumns() - 1) + " (" + limits.maxColumns() + ")",
                            "ô " + cellName() + " nằm sau cột " + TableLayout.columnLetter(limits.maxColumns() - 1),
                            "max-columns");
                });
            }
        }

        private void sharedString() throws SAXException {
            inSharedString = true;
            sharedStringChars = 0;
            if (++sharedStrings > limits.maxSharedStrings()) {
                fail(() -> {
                    throw ReadBudget.exceeded("more than " + limits.maxSharedStrings() + " shared strings",
                            "nhiều hơn " + limits.maxSharedStrings() + " chuỗi dùng chung", "max-shared-strings");
                });
            }
        }

        @Override
        public void characters(char[] text, int start, int length) throws SAXException {
            textChars += length;
            rowHasValue |= inCell;
            if (inSharedString) {
                sharedStringChars += length;
                sharedChars += length;
                if (sharedChars > limits.maxSharedChars()) {
                    fail(() -> {
                        throw ReadBudget.exceeded("the shared strings hold more than " + limits.maxSharedChars()
                                + " characters", "các chuỗi dùng chung dài hơn " + limits.maxSharedChars() + " ký tự",
                                "max-shared-chars");
                    });
                }
            }
            if (textChars > limits.maxCellChars() || sharedStringChars > limits.maxCellChars()) {
                String where = inSharedString ? "shared string " + sharedStrings : "cell " + cellName();
                String noi = inSharedString ? "chuỗi dùng chung " + sharedStrings : "ô " + cellName();
                fail(() -> {
                    throw ReadBudget.exceeded(where + " (" + part + ") holds more than " + limits.maxCellChars()
                            + " characters", noi + " dài hơn " + limits.maxCellChars() + " ký tự", "max-cell-chars");
                });
            }
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
        }

        /** The cell as an agency would name it: its address (a hostile one cut short), else by its row and column. */
        private String cellName() {
            if (cell != null) {
                return cell.length() > 20 ? cell.substring(0, 20) + "..." : cell;
            }
            return column <= limits.maxColumns() ? TableLayout.columnLetter((int) column - 1) + rowNo
                    : "#" + column + " of row " + rowNo;
        }
    }

    @FunctionalInterface
    private interface Check {
        void run() throws FileFault;
    }

    private static void fail(Check check) throws SAXException {
        try {
            check.run();
        } catch (FileFault fault) {
            throw new SAXException(new LimitReached(fault));
        }
    }

    private static SAXParserFactory saxFactory() {
        try {
            // the JDK's parser, whatever else is on the class path: it hands long text over in pieces
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // a workbook has no document type; one is only ever there to expand entities
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
