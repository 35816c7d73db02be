package vn.vtlt.warehouse.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import vn.vtlt.warehouse.validate.Dataset;

/**
 * Writes the demo city: the registry of 707 agencies and the Sub-department, and every agency's submissions for
 * 2013-2016 in the contract's formats, as real agencies send them. Deterministic: the same seed writes the same
 * bytes and modification times. The figures it encodes reproduce the 2014-2016 review exactly once imported.
 */
public final class DemoGenerator {

    public static final long DEFAULT_SEED = 20170330L;

    /** Where the demo was written. */
    public record Result(Path registry, Path inbox, Path referenceFigures, int files) {
    }

    private static final DateTimeFormatter[] DATE_FORMATS = {DateTimeFormatter.ofPattern("dd/MM/yyyy"),
            DateTimeFormatter.ofPattern("d/M/yyyy"), DateTimeFormatter.ISO_LOCAL_DATE};
    private static final Map<String, String> ABBREVIATIONS = Map.of("Đại học", "ĐH", "Trung cấp", "TC",
            "Cao đẳng", "CĐ", "Sơ cấp", "SC", "Trên đại học", "ThS");

    private final Path out;
    private final Random random;
    private final Map<String, DemoAgency> agencies = new LinkedHashMap<>();
    private DemoStaff staff;
    private int files;

    private DemoGenerator(Path out, long seed) {
        this.out = out;
        this.random = new Random(seed);
    }

    public static Result generate(Path out, long seed) throws IOException {
        return new DemoGenerator(out, seed).write();
    }

    private Result write() throws IOException {
        Files.createDirectories(out.resolve("inbox"));
        DemoRegistry.agencies(random).forEach(a -> agencies.put(a.code(), a));
        staff = new DemoStaff(new ArrayList<>(agencies.values()), random);
        List<DemoClass> classes = DemoTraining.classes(random);

        StringBuilder registry = new StringBuilder("code,name,agency_type,district,parent_code,valid_from,valid_to,source\n");
        agencies.values().forEach(a -> registry.append(a.registryRow()).append('\n'));
        Path registryFile = Files.writeString(out.resolve("agencies.csv"), registry, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(registryFile, FileTime.from(sentAt(DemoStaff.FIRST_YEAR, 0)));

        for (int year = DemoStaff.FIRST_YEAR; year <= DemoStaff.LAST_YEAR; year++) {
            int order = 0;
            for (DemoAgency agency : agencies.values()) {
                order++;
                if (agency.submits() && staff.staff(agency.code(), year) > 0) {
                    writeRoster(agency, year, order);
                }
            }
        }
        writeTraining(classes);
        Path reference = out.resolve("reference-figures.csv");
        try (InputStream in = DemoGenerator.class.getResourceAsStream("/demo/reference-figures.csv")) {
            Files.copy(in, reference, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setLastModifiedTime(reference, FileTime.from(sentAt(DemoStaff.LAST_YEAR, 0)));
        return new Result(registryFile, out.resolve("inbox"), reference, files);
    }

    // ---- nhan-su

    private void writeRoster(DemoAgency agency, int year, int order) throws IOException {
        DemoSheet sheet = new DemoSheet(Dataset.NHAN_SU);
        List<DemoPerson> roster = staff.roster(agency.code(), year);
        int qualified = staff.qualified(agency.code(), year);
        for (int i = 0; i < roster.size(); i++) {
            DemoPerson p = roster.get(i);
            boolean vtlt = i < qualified;
            sheet.row(List.of(agency.code(), Integer.toString(year), damagedId(p.id()), p.name(),
                    Integer.toString(p.birthYear()), p.female() ? "Nữ" : "Nam", coded(p.position()), coded(p.employment()),
                    coded(abbreviated(vtlt ? p.vtltLevel() : p.otherLevel())), vtlt ? p.vtltMajor() : p.otherMajor()));
        }
        decorate(sheet, agency, year, "ĐỘI NGŨ LÀM CÔNG TÁC VĂN THƯ, LƯU TRỮ", () -> List.of("Tổng cộng", "",
                Integer.toString(roster.size()), "", "", "", "", "", "", ""));
        String name = agency.code() + "_nhan-su_" + year + ".csv";
        Instant sent = sentAt(year, order);
        DemoSheet.Style style = DemoSheet.Style.random(random);
        String fault = rosterFault(agency.code(), year);
        if (fault != null) {
            if (fault.equals("total")) {
                sheet.total(List.of("Tổng cộng", "", Integer.toString(roster.size() + 1), "", "", "", "", "", "", ""));
            }
            put(agency.code(), name, faulty(sheet, style, fault), sent);
            sheet.total(null);
            put(agency.code(), agency.code() + "_nhan-su_" + year + "_sua.csv", sheet.bytes(style), sent.plusSeconds(20 * 86_400));
        } else {
            putTable(agency.code(), name, sheet, style, sent);
        }
    }

    /** The few rosters first sent with a fault, then corrected by a later file. */
    private static String rosterFault(String agency, int year) {
        return switch (agency + "/" + year) {
            case "SO-TC/2016" -> "scientific";
            case "QH-770/2015" -> "lost-letters";
            case "SN-010/2014" -> "total";
            default -> null;
        };
    }

    private byte[] faulty(DemoSheet sheet, DemoSheet.Style style, String fault) {
        String text = sheet.text(style);
        return switch (fault) {
            // Excel turned a CCCD into 7.9E+10: the digits are lost
            case "scientific" -> {
                String[] lines = text.split("\r\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String[] cells = lines[i].split(String.valueOf(style.delimiter()), -1);
                    if (cells.length > 2 && cells[2].matches("\\d{11,12}")) {
                        cells[2] = String.format(Locale.ROOT, "%.1E", Double.parseDouble(cells[2]));
                        lines[i] = String.join(String.valueOf(style.delimiter()), cells);
                        break;
                    }
                }
                yield style.encoding().encode(String.join("\r\n", lines));
            }
            // saved as "CSV" on an English Windows: every Vietnamese letter became '?'
            case "lost-letters" -> text.replaceAll("[^\\x00-\\x7F]", "?").getBytes(StandardCharsets.US_ASCII);
            // the total row set by the caller does not add up
            default -> style.encoding().encode(text);
        };
    }

    // ---- dao-tao and hoc-vien

    private void writeTraining(List<DemoClass> classes) throws IOException {
        Map<String, List<DemoClass>> byOrganiserYear = new LinkedHashMap<>();
        Map<String, List<DemoClass>> listsByOrganiserYear = new LinkedHashMap<>();
        for (DemoClass c : classes) {
            for (int year : c.reportYears()) {
                byOrganiserYear.computeIfAbsent(c.organiser() + "/" + year, k -> new ArrayList<>()).add(c);
            }
            if (c.listed()) {
                listsByOrganiserYear.computeIfAbsent(c.organiser() + "/" + c.start().getYear(), k -> new ArrayList<>()).add(c);
            }
        }
        int order = 0;
        for (Map.Entry<String, List<DemoClass>> file : byOrganiserYear.entrySet()) {
            String organiser = file.getKey().split("/")[0];
            int year = Integer.parseInt(file.getKey().split("/")[1]);
            writeClasses(agencies.get(organiser), year, file.getValue(), ++order);
        }
        for (Map.Entry<String, List<DemoClass>> file : listsByOrganiserYear.entrySet()) {
            String organiser = file.getKey().split("/")[0];
            int year = Integer.parseInt(file.getKey().split("/")[1]);
            writeParticipants(agencies.get(organiser), year, file.getValue(), ++order);
        }
    }

    private void writeClasses(DemoAgency organiser, int year, List<DemoClass> classes, int order) throws IOException {
        DemoSheet sheet = new DemoSheet(Dataset.DAO_TAO);
        long[] sums = new long[6];
        for (DemoClass c : classes) {
            sheet.row(List.of(organiser.code(), c.code(), c.name(), coded(c.category()), coded(c.level()), c.topic(),
                    c.provider(), date(c.start()), date(c.end()), Integer.toString(c.classCount()),
                    money(c.participations()), money(c.funding()[0]), money(c.funding()[1]), money(c.funding()[2]),
                    money(c.funding()[3]), c.end().getYear() > year ? "Lớp nhiều năm" : ""));
            sums[0] += c.classCount();
            sums[1] += c.participations();
            for (int s = 0; s < 4; s++) {
                sums[2 + s] += c.funding()[s];
            }
        }
        decorate(sheet, organiser, year, "ĐÀO TẠO, BỒI DƯỠNG NGHIỆP VỤ VĂN THƯ, LƯU TRỮ", () -> List.of("Tổng cộng", "",
                "", "", "", "", "", "", "", Long.toString(sums[0]), money(sums[1]), money(sums[2]), money(sums[3]),
                money(sums[4]), money(sums[5]), ""));
        String name = organiser.code() + "_dao-tao_" + year + ".csv";
        Instant sent = sentAt(year, 800 + order);
        DemoSheet.Style style = DemoSheet.Style.random(random);
        if (organiser.code().equals("SO-VHTT") && year == 2014) {
            // first sent with a total that does not add up, corrected by a later file
            sheet.total(List.of("Tổng cộng", "", "", "", "", "", "", "", "", Long.toString(sums[0]),
                    Long.toString(sums[1] + 10), "", "", "", "", ""));
            put(organiser.code(), name, sheet.bytes(style), sent);
            sheet.total(null);
            put(organiser.code(), organiser.code() + "_dao-tao_" + year + "_sua.csv", sheet.bytes(style), sent.plusSeconds(15 * 86_400));
            return;
        }
        putTable(organiser.code(), name, sheet, style, sent);
    }

    private void writeParticipants(DemoAgency organiser, int year, List<DemoClass> classes, int order) throws IOException {
        DemoSheet sheet = new DemoSheet(Dataset.HOC_VIEN);
        for (DemoClass c : classes) {
            List<String[]> candidates = new ArrayList<>();
            for (DemoAgency agency : agencies.values()) {
                if (agency.submits() && (c.participantsFrom().isEmpty() || sends(c, agency))) {
                    for (DemoPerson p : staff.roster(agency.code(), year)) {
                        candidates.add(new String[] {agency.code(), p.id(), p.name()});
                    }
                }
            }
            Collections.shuffle(candidates, random);
            if (candidates.size() < c.participations()) {
                // a small district sends all its staff, and the class fills up with people from elsewhere
                List<String[]> others = new ArrayList<>();
                for (DemoAgency agency : agencies.values()) {
                    if (agency.submits() && !sends(c, agency)) {
                        staff.roster(agency.code(), year).forEach(p -> others.add(new String[] {agency.code(), p.id(), p.name()}));
                    }
                }
                Collections.shuffle(others, random);
                candidates.addAll(others);
            }
            String result = c.end().getYear() > DemoStaff.LAST_YEAR ? "Đang học" : "Hoàn thành";
            for (int i = 0; i < c.participations(); i++) {
                String[] p = candidates.get(i);
                sheet.row(List.of(organiser.code(), c.code(), p[0], damagedId(p[1]), p[2], result));
            }
        }
        putTable(organiser.code(), organiser.code() + "_hoc-vien_" + year + ".csv", sheet, DemoSheet.Style.random(random),
                sentAt(year, 900 + order));
    }

    /** Whether the class is meant for the agency's staff: the agency is named, or its parent (a district's wards). */
    private static boolean sends(DemoClass c, DemoAgency agency) {
        return c.participantsFrom().contains(agency.code())
                || agency.parent() != null && c.participantsFrom().contains(agency.parent());
    }

    // ---- the mess of real files

    private void decorate(DemoSheet sheet, DemoAgency agency, int year, String subject,
                          java.util.function.Supplier<List<String>> total) {
        if (random.nextInt(100) < 20) {
            sheet.title("BÁO CÁO THỐNG KÊ " + subject + " NĂM " + year).title("Đơn vị: " + agency.name());
        }
        if (random.nextInt(100) < 25) {
            sheet.total(total.get());
        }
    }

    /** About one ID in 25 that starts with 0 lost it to Excel (the import restores it, with a warning). */
    private String damagedId(String id) {
        return id.startsWith("0") && random.nextInt(100) < 4 ? id.substring(1) : id;
    }

    private String abbreviated(String level) {
        return ABBREVIATIONS.containsKey(level) && random.nextInt(100) < 30 ? ABBREVIATIONS.get(level) : level;
    }

    private String coded(String value) {
        return random.nextInt(100) < 5 ? value.toUpperCase(Locale.ROOT) : value;
    }

    private String date(LocalDate date) {
        return date.format(DATE_FORMATS[random.nextInt(DATE_FORMATS.length)]);
    }

    private String money(long amount) {
        String plain = Long.toString(amount);
        return switch (random.nextInt(3)) {
            case 0 -> plain;
            case 1 -> String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
            default -> String.format(Locale.ROOT, "%,d", amount).replace(',', ' ');
        };
    }

    private static Instant sentAt(int year, int order) {
        return LocalDate.of(year + 1, 1, 10).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(order * 600L);
    }

    /**
     * A file as the agency's tool saves it: most agencies work in Excel and send the workbook (an agency's IDs typed
     * as numbers in one in five of them), the others CSV in the style drawn. The files first sent with a fault
     * stay CSV, as their faults are CSV's.
     */
    private void putTable(String agency, String csvName, DemoSheet sheet, DemoSheet.Style style, Instant modified)
            throws IOException {
        int bucket = Math.floorMod(agency.hashCode(), 100);
        if (bucket < EXCEL_SHARE_PERCENT) {
            put(agency, csvName.replaceFirst("\\.csv$", ".xlsx"), DemoSheet.created(sheet.xlsx(style, bucket % 5 == 0), modified), modified);
        } else {
            put(agency, csvName, sheet.bytes(style), modified);
        }
    }

    /** The share of agencies that send XLSX workbooks. */
    static final int EXCEL_SHARE_PERCENT = 70;

    private void put(String agency, String name, byte[] content, Instant modified) throws IOException {
        Path file = Files.createDirectories(out.resolve("inbox").resolve(agency)).resolve(name);
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        files++;
    }
}
