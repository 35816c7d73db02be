package vn.vtlt.warehouse.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.vtlt.warehouse.parse.TableLayout;

/** hoc-vien: one participation per row; the class and the participant's agency are checked in SQL. */
final class ParticipantRules implements DatasetRules {

    private final Column classCode;
    private final Column participantAgency;
    private final Column personId;
    private final Column fullName;
    private final Column result;

    ParticipantRules(TableLayout layout) {
        classCode = Column.in(layout, "class_code");
        participantAgency = Column.in(layout, "participant_agency_code");
        personId = Column.in(layout, "person_id");
        fullName = Column.in(layout, "full_name");
        result = Column.in(layout, "result");
    }

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
        String code = row.requiredText(classCode);
        String agency = row.requiredText(participantAgency);
        String id = row.personId(personId);
        row.requiredText(fullName);
        return new ArrayList<>(Arrays.asList(code, agency == null ? null : agency.toUpperCase(java.util.Locale.ROOT),
                id == null ? null : hasher.hash(id), row.text(result)));
    }
}
