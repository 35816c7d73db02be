package vn.vtlt.warehouse.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** hoc-vien: one participation per row; the class and the participant's agency are checked in SQL. */
final class ParticipantRules implements DatasetRules {

    @Override
    public List<String> stagingColumns() {
        return List.of("class_code", "participant_agency_code", "person_key", "result");
    }

    @Override
    public List<String> summedColumns() {
        return List.of();
    }

    @Override
    public List<Object> check(RowContext row, PersonKeyHasher hasher) {
        String classCode = row.requiredText("class_code");
        String participantAgency = row.requiredText("participant_agency_code");
        String personId = row.personId("person_id");
        row.requiredText("full_name");
        return new ArrayList<>(Arrays.asList(classCode,
                participantAgency == null ? null : participantAgency.toUpperCase(java.util.Locale.ROOT),
                personId == null ? null : hasher.hash(personId), row.text("result")));
    }
}
