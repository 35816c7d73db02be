package vn.vtlt.warehouse.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vtlt.warehouse.problem.Fault;

/** nhan-su: one person per row; the person ID unique in the file; birth year between Y-70 and Y-16. */
final class RosterRules implements DatasetRules {

    private final int year;
    /** First line of each person, by the first 8 bytes of the person key: no raw ID is kept. */
    private final Map<Long, Long> firstLineByPerson = new HashMap<>();

    RosterRules(int year) {
        this.year = year;
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
        String personId = row.personId("person_id");
        row.requiredText("full_name");
        Long birthYear = row.whole("birth_year", false, null, year - 70L, year - 16L);
        String position = row.requiredText("job_position");
        String employment = row.requiredText("employment");
        String level = row.requiredText("education_level");
        String personKey = personId == null ? null : hasher.hash(personId);
        if (personKey != null) {
            Long first = firstLineByPerson.putIfAbsent(Long.parseUnsignedLong(personKey.substring(0, 16), 16), row.lineNo());
            if (first != null) {
                row.error("person_id", "", Fault.DUPLICATE_PERSON_ID, "một lần trong tệp, đã có ở dòng / once per file, already at line " + first);
            }
        }
        return new ArrayList<>(Arrays.asList(personKey, birthYear, row.text("gender"), position, employment, level,
                row.text("major")));
    }
}
