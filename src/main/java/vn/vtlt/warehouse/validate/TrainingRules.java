package vn.vtlt.warehouse.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vtlt.warehouse.parse.TableLayout;
import vn.vtlt.warehouse.parse.TextKey;
import vn.vtlt.warehouse.problem.Fault;

/** dao-tao: one class (or group of classes) per row; class code unique in the file; amounts in whole VND. */
final class TrainingRules implements DatasetRules {

    private static final long MAX_VND = 1_000_000_000_000_000L;
    private final Column classCode;
    private final Column className;
    private final Column category;
    private final Column level;
    private final Column topic;
    private final Column provider;
    private final Column startDate;
    private final Column endDate;
    private final Column classCount;
    private final Column participations;
    private final Column fundingCity;
    private final Column fundingDistrict;
    private final Column fundingAgency;
    private final Column fundingPersonal;
    private final Column note;
    private final Map<String, Long> firstLineByClass = new HashMap<>();

    TrainingRules(TableLayout layout) {
        classCode = Column.in(layout, "class_code");
        className = Column.in(layout, "class_name");
        category = Column.in(layout, "category");
        level = Column.in(layout, "level");
        topic = Column.in(layout, "topic");
        provider = Column.in(layout, "provider");
        startDate = Column.in(layout, "start_date");
        endDate = Column.in(layout, "end_date");
        classCount = Column.in(layout, "class_count");
        participations = Column.in(layout, "participations");
        fundingCity = Column.in(layout, "funding_city");
        fundingDistrict = Column.in(layout, "funding_district");
        fundingAgency = Column.in(layout, "funding_agency");
        fundingPersonal = Column.in(layout, "funding_personal");
        note = Column.in(layout, "note");
    }

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
        String code = row.requiredText(classCode);
        String name = row.requiredText(className);
        String kind = row.requiredText(category);
        LocalDate start = row.date(startDate);
        LocalDate end = row.date(endDate);
        Long classes = row.whole(classCount, false, 1L, 1, 100_000);
        Long people = row.whole(participations, true, null, 0, 10_000_000);
        Long city = row.whole(fundingCity, false, 0L, 0, MAX_VND);
        Long district = row.whole(fundingDistrict, false, 0L, 0, MAX_VND);
        Long agency = row.whole(fundingAgency, false, 0L, 0, MAX_VND);
        Long personal = row.whole(fundingPersonal, false, 0L, 0, MAX_VND);
        if (start != null && end != null && end.isBefore(start)) {
            row.error(endDate, row.text(endDate), Fault.END_BEFORE_START, ">= " + row.text(startDate));
        }
        if (code != null) {
            Long first = firstLineByClass.putIfAbsent(TextKey.fold(code), row.lineNo());
            if (first != null) {
                row.error(classCode, code, Fault.DUPLICATE_CLASS_CODE,
                        "một lần trong tệp, đã có ở dòng / once per file, already at line " + first);
            }
        }
        return new ArrayList<>(Arrays.asList(code, name, kind, row.text(level), row.text(topic), row.text(provider),
                start, end, classes, people, city, district, agency, personal, row.text(note)));
    }
}
