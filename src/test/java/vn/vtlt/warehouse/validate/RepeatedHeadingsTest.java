package vn.vtlt.warehouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepeatedHeadingsTest {

    private static final PersonKeyHasher HASHER = new PersonKeyHasher("a key for the repeated headings, 32+ chars");

    @Test
    void skipsRowsThatOnlyRepeatHeadingsInEitherLanguageAndKeepsRowsThatOnlyLookLikeThem(@TempDir Path dir) throws Exception {
        // given: the template's alias row under the headings, the heading row printed again (upper case, spaced, in
        // part), a row naming one column by its short alias; and data rows whose cells name a column only in part
        String fileName = "SO-YT_nhan-su_2016.csv";
        Path file = Files.writeString(dir.resolve(fileName), String.join("\n",
                "Mã cơ quan,Năm báo cáo,Số định danh,Họ và tên,Năm sinh,Giới tính,Vị trí việc làm,Chế độ,Trình độ,Chuyên ngành",
                "agency_code,report_year,person_id,full_name,birth_year,gender,job_position,employment,education_level,major",
                "SO-YT,2016,079185000001,Nguyễn Văn An,1980,Nam,Văn thư,Chuyên trách,Đại học,Lưu trữ học",
                "MÃ CƠ QUAN, Năm  báo cáo ,,,,,,,,",
                ",,,,,,,,,MAJOR",
                "SO-YT,2016,079185000002,Trần Thị Bình,1985,Nữ,Lưu trữ,Kiêm nhiệm,Trình độ,Major",
                ",,,,,,,,,Majo",
                ""), StandardCharsets.UTF_8);
        Path work = dir.resolve("work");

        // when
        ValidationOutcome outcome = new SubmissionValidator(HASHER)
                .validate(new SubmissionValidator.Request(file, fileName, "SO-YT", StagingFiles.in(work)));

        // then: lines 2, 4 and 5 are headings; line 6 is data (its agency is no heading) and so is line 7 ('Majo'
        // is not 'major'), which lacks every required value
        assertThat(outcome.rejectedWhole()).as(outcome.faultDetail()).isFalse();
        assertThat(outcome.rowsRead()).isEqualTo(3);
        List<String> rows = Files.readAllLines(work.resolve(ValidationOutcome.ROWS), StandardCharsets.UTF_8);
        assertThat(rows).extracting(row -> row.substring(0, row.indexOf(','))).containsExactly("line_no", "3", "6", "7");
        assertThat(rows.get(2)).endsWith(",1985,Nữ,Lưu trữ,Kiêm nhiệm,Trình độ,Major");
        assertThat(Files.readAllLines(work.resolve(ValidationOutcome.PROBLEMS), StandardCharsets.UTF_8))
                .allMatch(line -> line.startsWith("line_no,") || line.startsWith("7,"));
    }
}
