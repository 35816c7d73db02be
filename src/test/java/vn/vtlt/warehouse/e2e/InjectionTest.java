package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.TestCity;

/**
 * Agency, class and provider names and free text holding SQL, quotes, expression-language and template syntax,
 * HTML and script tags and spreadsheet formulas: stored as the text they are, never executed or interpreted,
 * escaped where they are shown (the Markdown feedback), and the reports stay clean.
 */
class InjectionTest {

    private static final String SQL = "Sở \"Thử\"'; DROP TABLE fact_staff; --";
    private static final String EXPRESSIONS = "=HYPERLINK(\"http://evil.example\",\"bấm\") ${jndi:ldap://127.0.0.1/a} #{7*7} ${7*7}";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String CLASS_NAME = "'); DELETE FROM fact_staff; -- <b>lớp</b>";
    private static final String PROVIDER = "<img src=x onerror=alert(1)> Trường \"A\"";
    private static final String NOTE = "=cmd|' /C calc'!A0";
    private static final String MAJOR = "+Lưu trữ học'; --";

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @Test
    void hostileTextIsStoredAsTextAndShownEscaped(@TempDir Path root) throws Exception {
        // an expression that, if anything evaluated it, would leave a file in the test's own folder
        Path pwned = root.resolve("pwned");
        String topic = "${java:version} #{T(java.lang.Runtime).getRuntime().exec('touch " + pwned + "')}";
        TestCity city = new TestCity(root)
                .agency("INJ-1," + quoted(SQL) + ",SO_NGANH,,,2000-01-01,,")
                .agency("INJ-2," + quoted(EXPRESSIONS + " " + SCRIPT) + ",SO_NGANH,,,2000-01-01,,");
        city.put("INJ-1", "INJ-1_dao-tao_2016.csv", Csv.of(Csv.TRAINING_HEADINGS).row("INJ-1", "L'1; --", CLASS_NAME,
                "Tập huấn", "", topic, PROVIDER, "01/03/2016", "02/03/2016", "1", "30", "0", "0", "1.000.000", "0", NOTE));
        city.put("INJ-2", "INJ-2_nhan-su_2016.csv", Csv.of(Csv.ROSTER_HEADINGS)
                .row("INJ-2", "2016", "079185000001", "Người một", "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", MAJOR)
                .row("INJ-2", "2016", "079185000002", "Người hai", "1986", "Nam", SCRIPT, "Chuyên trách", "Đại học", "Luật"));

        assertThat(city.runImport("--policy", "lenient")).isZero();

        // stored as the text it is; nothing ran
        assertThat(city.query("select agency_name from dim_agency where agency_code like 'INJ-%' order by agency_code"))
                .containsExactly(List.of(SQL), List.of(EXPRESSIONS + " " + SCRIPT));
        assertThat(city.query("select class_code, class_name, topic, note from fact_training_activity"))
                .containsExactly(List.of("L'1; --", CLASS_NAME, topic, NOTE));
        assertThat(city.query("select provider_name from dim_provider")).containsExactly(List.of(PROVIDER));
        assertThat(city.query("select major from fact_staff")).containsExactly(List.of(MAJOR));
        assertThat(city.count("select count(*) from audit_problem where fault_code = 'UNKNOWN_CODE' and value = '" + SCRIPT + "'"))
                .isEqualTo(1);
        assertThat(pwned).doesNotExist();

        // shown escaped in the feedback agencies open
        for (String language : List.of("vi", "en")) {
            assertThat(city.feedback("INJ-2", language)).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
        }

        // the reports of the year carry none of it, in any format
        for (String format : List.of("html", "csv", "md", "json")) {
            Path out = root.resolve("review." + format);
            assertThat(VtltWarehouse.execute("report", "--from", "2016", "--to", "2016", "--format", format, "--out",
                    out.toString(), "--home", city.home.toString())).isZero();
            assertThat(Files.readString(out)).doesNotContain("<script", "onerror", "HYPERLINK", "DROP TABLE", "${");
        }
    }
}
