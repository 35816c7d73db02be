package vn.vtlt.warehouse.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vtlt.warehouse.parse.TextKey;
import vn.vtlt.warehouse.problem.Fault;

/** dao-tao: one class (or group of classes) per row; class code unique in the file; amounts in whole VND. */
final class TrainingRules implements DatasetRules {

    private static final long MAX_VND = 1_000_000_000_000_000L;
    private final Map<String, Long> firstLineByClass = new HashMap<>();

    @Override
    public List<String> stagingColumns() {
        return List.of("class_code", "class_name", "category", "level", "topic", "provider", "start_date", "end_date",
                "class_count", "participations", "funding_city", "funding_district", "funding_agency",
                "funding_personal", "note");
    }

    @Override
    public List<String> summedColumns() {
        return List.of("class_count", "participations", "funding_city", "funding_district", "funding_agency",
                "funding_personal");
    }

    @Override
    public List<Object> check(RowContext row, PersonKeyHasher hasher) {
        String classCode = row.requiredText("class_code");
        String className = row.requiredText("class_name");
        String category = row.requiredText("category");
        LocalDate start = row.date("start_date");
        LocalDate end = row.date("end_date");
        Long classCount = row.whole("class_count", false, 1L, 1, 100_000);
        Long participations = row.whole("participations", true, null, 0, 10_000_000);
        Long city = row.whole("funding_city", false, 0L, 0, MAX_VND);
        Long district = row.whole("funding_district", false, 0L, 0, MAX_VND);
        Long agency = row.whole("funding_agency", false, 0L, 0, MAX_VND);
        Long personal = row.whole("funding_personal", false, 0L, 0, MAX_VND);
        if (start != null && end != null && end.isBefore(start)) {
            row.error("end_date", row.text("end_date"), Fault.END_BEFORE_START, ">= " + row.text("start_date"));
        }
        if (classCode != null) {
            Long first = firstLineByClass.putIfAbsent(TextKey.fold(classCode), row.lineNo());
            if (first != null) {
                row.error("class_code", classCode, Fault.DUPLICATE_CLASS_CODE,
                        "một lần trong tệp, đã có ở dòng / once per file, already at line " + first);
            }
        }
        return new ArrayList<>(Arrays.asList(classCode, className, category, row.text("level"), row.text("topic"),
                row.text("provider"), start, end, classCount, participations, city, district, agency, personal,
                row.text("note")));
    }
}
