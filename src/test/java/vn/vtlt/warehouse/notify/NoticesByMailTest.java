package vn.vtlt.warehouse.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.demo.LegacyEncodings;
import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * Notices sent by the real import to a real SMTP server on 127.0.0.1 (GreenMail), day by day of the 2016 rosters'
 * calendar (due 15/01/2017; reminders 14 and 3 days before; lateness notices weekly), the day set by
 * {@code vtlt.calendar.today}: no test waits for real time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticesByMailTest {

    private static final String REGISTRY = """
            code,name,agency_type,district,parent_code,valid_from,valid_to,source,email
            SNV-CCVTLT,Chi cục Văn thư - Lưu trữ,CHI_CUC,,,2000-01-01,,,vanthu@snv.example.vn
            SO-YT,Sở Y tế,SO_NGANH,,,2000-01-01,,,a@soyt.example.vn;b@soyt.example.vn
            Q-774,UBND Quận 8,QUAN_HUYEN,Quận 8,,2000-01-01,,,q8@example.vn
            Q-760,UBND Quận 1,QUAN_HUYEN,Quận 1,,2000-01-01,,,
            """;

    private GreenMail smtp;
    private RefusingSmtpServer refusing;
    private final Set<String> seen = new HashSet<>();

    @BeforeAll
    void startMailServers() throws IOException {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        refusing = new RefusingSmtpServer();
    }

    @AfterAll
    void stopMailServers() throws IOException {
        smtp.stop();
        refusing.close();
    }

    @Test
    void sendsEachNoticeOnceOnItsDayRetriesWhatTheServerRefusedAndADryRunSendsNothing(@TempDir Path root) throws Exception {
        // given a city whose Q-760 has no address, SO-YT's roster on time, and a working mail server; SO-YT's roster
        // of 2015 too, which makes the others' of 2015 missing (too old to be chased: no notice is due for them)
        TestCity city = city(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1).bytes(LegacyEncodings.UTF8),
                Instant.parse("2016-12-28T03:00:00Z"));
        city.put("SO-YT", "SO-YT_nhan-su_2015.csv", Rosters.rosterCsv("SO-YT", 1, 2015, 3, 1).bytes(LegacyEncodings.UTF8),
                Instant.parse("2016-01-08T03:00:00Z"));
        newMessages();

        // when the import runs with --mail-dry-run on 01/01/2017, 14 days before the deadline
        List<String> dryRun = new ArrayList<>(List.of(options("2017-01-01", smtp.getSmtp().getPort())));
        dryRun.add("--mail-dry-run");
        assertThat(city.runImport(dryRun.toArray(String[]::new))).isZero();
        // then SO-YT's feedback (to both its addresses) and reminders to the two agencies that owe are .eml files of
        // the run; nothing was sent, nothing recorded
        Path mail = city.home.resolve("feedback/run-1/mail");
        try (Stream<Path> files = Files.list(mail)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "SO-YT_FEEDBACK_run-1.eml", "Q-774_REMINDER_nhan-su_2016_14d.eml",
                    "SNV-CCVTLT_REMINDER_nhan-su_2016_14d.eml");
        }
        MimeMessage written = new MimeMessage(null, Files.newInputStream(mail.resolve("SO-YT_FEEDBACK_run-1.eml")));
        assertThat(written.getHeader("To", ",")).isEqualTo("a@soyt.example.vn, b@soyt.example.vn");
        assertThat(text(written)).contains(city.feedback("SO-YT", "vi").strip()).contains(city.feedback("SO-YT", "en").strip())
                .contains("https://vtlt.example.vn/agencies/SO-YT/feedback/1")
                .doesNotContain(Rosters.personName(1, 1)).doesNotContain(Rosters.personId(1, 1));
        assertThat(newMessages()).isEmpty();
        assertThat(city.count("select count(*) from notice")).isZero();

        // when the import runs for real the same day
        assertThat(city.runImport(options("2017-01-01", smtp.getSmtp().getPort()))).isZero();
        // then the reminders go; Q-760 (no address) gets nothing
        assertThat(newMessages()).containsExactlyInAnyOrder(
                "q8@example.vn | Nhắc hạn nộp báo cáo nhân sự làm công tác văn thư, lưu trữ năm 2016 (hạn 15/01/2017)",
                "vanthu@snv.example.vn | Nhắc hạn nộp báo cáo nhân sự làm công tác văn thư, lưu trữ năm 2016 (hạn 15/01/2017)");
        assertThat(body("q8@example.vn", "Nhắc hạn")).contains("còn 14 ngày").contains("in 14 day(s)")
                .contains("https://vtlt.example.vn/agencies/Q-774?year=2016");

        // when on 13/01 Q-774's roster is rejected and the mail server refuses every message
        city.put("Q-774", "Q-774_nhan-su_2016.csv", Csv.of(Csv.ROSTER_HEADINGS)
                .row("Q-774", "2016", "079185000001", "Tên Người Thử", "1985", "Nữ", "Thủ kho", "Chuyên trách", "ĐH", "Luật")
                .bytes(LegacyEncodings.UTF8), Instant.parse("2017-01-12T03:00:00Z"));
        assertThat(city.runImport(options("2017-01-13", refusing.port()))).isZero();
        // then nothing arrives, the three notices wait with the server's answer, and status says so
        assertThat(newMessages()).isEmpty();
        assertThat(city.query("select notice_key, status, attempts from notice where status = 'PENDING' order by all"))
                .containsExactly(List.of("FEEDBACK run-3", "PENDING", 1L), List.of("REMINDER nhan-su 2016 3d", "PENDING", 1L),
                        List.of("REMINDER nhan-su 2016 3d", "PENDING", 1L));
        assertThat(status(city)).contains("Notices not sent yet (the next run tries again):")
                .containsPattern("Q-774 +REMINDER nhan-su 2016 3d +1 attempt\\(s\\): .*550 5.7.1 Recipient refused")
                .contains("Unreachable by e-mail (no email in the registry): 1 agency(ies): Q-760");

        // when the next run (the same day) finds the server working
        assertThat(city.runImport(options("2017-01-13", smtp.getSmtp().getPort()))).isZero();
        // then it sends them: the 3-day reminders and Q-774's feedback of run 3, nothing of run 2 again
        assertThat(newMessages()).containsExactlyInAnyOrder(
                "q8@example.vn | Phản hồi dữ liệu văn thư, lưu trữ, lần nhập 3",
                "q8@example.vn | Nhắc hạn nộp báo cáo nhân sự làm công tác văn thư, lưu trữ năm 2016 (hạn 15/01/2017)",
                "vanthu@snv.example.vn | Nhắc hạn nộp báo cáo nhân sự làm công tác văn thư, lưu trữ năm 2016 (hạn 15/01/2017)");
        assertThat(body("q8@example.vn", "Phản hồi")).contains(city.feedback("Q-774", "vi").strip())
                .contains(city.feedback("Q-774", "en").strip()).contains("Thủ kho")
                .doesNotContain("Tên Người Thử").doesNotContain("079185000001");

        // when on 16/01 SNV-CCVTLT's roster arrives and the run fails after sending, at publication
        city.put("SNV-CCVTLT", "SNV-CCVTLT_nhan-su_2016.csv", Rosters.rosterCsv("SNV-CCVTLT", 3, 2016, 2, 1)
                .bytes(LegacyEncodings.UTF8), Instant.parse("2017-01-16T01:00:00Z"));
        Path blocking = Files.createDirectories(city.home.resolve("snapshots/run-5.duckdb/in-the-way"));
        assertThat(city.runImport(options("2017-01-16", smtp.getSmtp().getPort()))).isEqualTo(1);
        // then its feedback and Q-774's first lateness notice are out
        assertThat(newMessages()).containsExactlyInAnyOrder(
                "vanthu@snv.example.vn | Phản hồi dữ liệu văn thư, lưu trữ, lần nhập 5",
                "q8@example.vn | Quá hạn nộp báo cáo nhân sự làm công tác văn thư, lưu trữ năm 2016 (hạn 15/01/2017)");
        // and restarting the run finishes it without sending anything twice
        Files.delete(blocking);
        Files.delete(blocking.getParent());
        List<String> restart = new ArrayList<>(List.of("restart", "5", "--home", city.home.toString(),
                TestCity.PERSON_KEY_OPTION));
        restart.addAll(List.of(options("2017-01-16", smtp.getSmtp().getPort())));
        assertThat(VtltWarehouse.execute(restart.toArray(String[]::new))).isZero();
        assertThat(newMessages()).isEmpty();

        // when a week after the first lateness notice Q-774 has still sent nothing acceptable
        assertThat(city.runImport(options("2017-01-23", smtp.getSmtp().getPort()))).isZero();
        // then the second one goes, and nothing else
        assertThat(newMessages()).containsExactly(
                "q8@example.vn | Quá hạn nộp báo cáo nhân sự làm công tác văn thư, lưu trữ năm 2016 (hạn 15/01/2017)");
        assertThat(body("q8@example.vn", "Quá hạn")).contains("quá hạn 8 ngày").contains("8 day(s) late");
        assertThat(city.count("select count(*) from notice where agency_code = 'Q-760'")).isZero();
        assertThat(city.count("select count(*) from notice where status = 'SENT'")).isEqualTo(8);
    }

    private static String status(TestCity city) {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            VtltWarehouse.execute(new String[] {"status", "--home", city.home.toString()});
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static TestCity city(Path root) throws IOException {
        TestCity city = new TestCity(root);
        Files.writeString(city.registry, REGISTRY, StandardCharsets.UTF_8);
        return city;
    }

    private static String[] options(String today, int smtpPort) {
        return new String[] {"--vtlt.calendar.today=" + today, "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort, "--vtlt.mail.portal-url=https://vtlt.example.vn/"};
    }

    /** The messages received since the last call, once each (GreenMail keeps a copy per recipient): "to | subject". */
    private List<String> newMessages() throws Exception {
        List<String> fresh = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (seen.add(message.getMessageID())) {
                fresh.add(message.getHeader("To", ",") + " | " + message.getSubject().split(" / ")[0]);
            }
        }
        return fresh;
    }

    /** The text of the latest message to an address (or of an agency) whose subject starts so. */
    private String body(String to, String subjectStart) throws Exception {
        MimeMessage found = null;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if ((message.getHeader("To", ",").contains(to) || message.getSubject().endsWith(": " + to))
                    && message.getSubject().startsWith(subjectStart)) {
                found = message;
            }
        }
        assertThat(found).as("a message to " + to + " starting " + subjectStart).isNotNull();
        return text(found);
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    /** An SMTP server that refuses every recipient (550), as a server over quota or blocking the sender does. */
    private static final class RefusingSmtpServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

        RefusingSmtpServer() throws IOException {
            Thread thread = new Thread(this::serve, "refusing-smtp");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept();
                     BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                     PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                    reply(out, "220 refusing.example ESMTP");
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                        switch (command) {
                            case "EHLO", "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                            case "RCPT" -> reply(out, "550 5.7.1 Recipient refused by the test server");
                            case "QUIT" -> {
                                reply(out, "221 Bye");
                                line = null;
                            }
                            default -> reply(out, "503 5.5.1 Bad sequence of commands");
                        }
                        if (line == null) {
                            break;
                        }
                    }
                } catch (IOException e) {
                    if (!socket.isClosed()) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }

        private static void reply(PrintWriter out, String line) {
            out.print(line + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
