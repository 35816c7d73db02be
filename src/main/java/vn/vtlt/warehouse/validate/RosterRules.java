package vn.vtlt.warehouse.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vtlt.warehouse.parse.TableLayout;
import vn.vtlt.warehouse.problem.Fault;

/** nhan-su: one person per row; the person ID unique in the file; birth year between Y-70 and Y-16. */
final class RosterRules implements DatasetRules {

    private final int year;
    private final Column personId;
    private final Column fullName;
    private final Column birthYear;
    private final Column gender;
    private final Column jobPosition;
    private final Column employment;
    private final Column educationLevel;
    private final Column major;
    /** First line of each person, by the first 8 bytes of the person key: no raw ID is kept. */
    private final Map<Long, Long> firstLineByPerson = new HashMap<>();

    RosterRules(int year, TableLayout layout) {
        this.year = year;
        personId = Column.in(layout, "person_id");
        fullName = Column.in(layout, "full_name");
        birthYear = Column.in(layout, "birth_year");
        gender = Column.in(layout, "gender");
        jobPosition = Column.in(layout, "job_position");
        employment = Column.in(layout, "employment");
        educationLevel = Column.in(layout, "education_level");
        major = Column.in(layout, "major");
    }

    @Override
    public List<String> stagingColumns() {
        return List.of("person_key", "birth_year", "gender", "job_position", "employment", "education_level", "major");
    }

    @Override
    public List<String> summedColumns() {
        return List.of();
    }

    @Override
    public List<Object> check(RowContext row, PersonKeyHasher hasher) {
        String id = row.personId(personId);
        row.requiredText(fullName);
        Long born = row.whole(birthYear, false, null, year - 70L, year - 16L);
        String position = row.requiredText(jobPosition);
        String regime = row.requiredText(employment);
        String level = row.requiredText(educationLevel);
        String personKey = id == null ? null : hasher.hash(id);
        if (personKey != null) {
            Long first = firstLineByPerson.putIfAbsent(Long.parseUnsignedLong(personKey.substring(0, 16), 16), row.lineNo());
            if (first != null) {
                row.error(personId, "", Fault.DUPLICATE_PERSON_ID, "một lần trong tệp, đã có ở dòng / once per file, already at line " + first);
            }
        }
        return new ArrayList<>(Arrays.asList(personKey, born, row.text(gender), position, regime, level, row.text(major)));
    }
}
