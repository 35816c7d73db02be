package vn.vtlt.warehouse.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The words of the notices, in Vietnamese with the English below. A feedback notice is the run's feedback files as
 * they are (no personal data, by the same rules); reminders and lateness notices name only the agency, the key and
 * the dates.
 */
final class NoticeMessages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String[]> DATASET = Map.of(
            "nhan-su", new String[] {"báo cáo nhân sự làm công tác văn thư, lưu trữ", "staff roster"},
            "dao-tao", new String[] {"báo cáo đào tạo, bồi dưỡng", "training activities"},
            "hoc-vien", new String[] {"danh sách học viên", "participant list"});
    private static final Session SESSION = Session.getInstance(new Properties());

    private final String from;
    private final String portalUrl;
    private final Path feedbackDir;

    NoticeMessages(String from, String portalUrl, Path feedbackDir) {
        this.from = from;
        this.portalUrl = portalUrl;
        this.feedbackDir = feedbackDir;
    }

    /** The e-mail of a notice, with the Message-ID recorded for it (so that a resend would be recognisable). */
    MimeMessage compose(Notice notice, LocalDate today) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", notice.messageId());
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(notice.addresses(), true));
        String[] text = switch (notice.kind()) {
            case "FEEDBACK" -> feedback(notice);
            case "REMINDER" -> reminder(notice, ChronoUnit.DAYS.between(today, notice.deadline()));
            default -> lateness(notice, ChronoUnit.DAYS.between(notice.deadline(), today));
        };
        message.setSubject(text[0], StandardCharsets.UTF_8.name());
        String link = portalUrl == null || portalUrl.isBlank() ? ""
                : "\n\nCổng tiếp nhận / The portal: " + portalPage(notice) + "\n";
        message.setText(text[1] + link, StandardCharsets.UTF_8.name());
        message.saveChanges();
        return message;
    }

    /** The agency's page of the portal: the run's feedback, or the checklist of what it owes. */
    private String portalPage(Notice notice) {
        String base = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        return "FEEDBACK".equals(notice.kind())
                ? base + "/agencies/" + notice.agencyCode() + "/feedback/" + notice.runId()
                : base + "/agencies/" + notice.agencyCode() + "?year=" + notice.reportYear();
    }

    private String[] feedback(Notice notice) throws IOException {
        Path folder = feedbackDir.resolve("run-" + notice.runId());
        String vi = Files.readString(folder.resolve(notice.agencyCode() + ".vi.md"));
        String en = Files.readString(folder.resolve(notice.agencyCode() + ".en.md"));
        return new String[] {
                "Phản hồi dữ liệu văn thư, lưu trữ, lần nhập " + notice.runId() + " / Feedback on your records and archives data, import run "
                        + notice.runId() + ": " + notice.agencyCode(),
                vi + "\n\n---\n\n" + en};
    }

    private static String[] reminder(Notice notice, long daysLeft) {
        String[] dataset = DATASET.get(notice.dataset());
        String deadline = DAY.format(notice.deadline());
        return new String[] {
                "Nhắc hạn nộp " + dataset[0] + " năm " + notice.reportYear() + " (hạn " + deadline + ") / Reminder: "
                        + dataset[1] + " " + notice.reportYear() + " due " + deadline + ": " + notice.agencyCode(),
                "Kính gửi " + notice.agencyCode() + ",\n\nSở Nội vụ chưa tiếp nhận " + dataset[0] + " năm "
                        + notice.reportYear() + " (" + notice.dataset() + ") của cơ quan. Hạn nộp là hết ngày " + deadline
                        + ", còn " + daysLeft + " ngày. Nếu đã gửi, xin xem phản hồi của lần nhập gần nhất.\n\n---\n\n"
                        + "To " + notice.agencyCode() + ",\n\nThe Department of Home Affairs has not yet accepted your "
                        + dataset[1] + " for " + notice.reportYear() + " (" + notice.dataset() + "). It is due by the end of "
                        + deadline + ", in " + daysLeft + " day(s). If you have sent it, please see the feedback of the "
                        + "latest import.\n"};
    }

    private static String[] lateness(Notice notice, long daysLate) {
        String[] dataset = DATASET.get(notice.dataset());
        String deadline = DAY.format(notice.deadline());
        return new String[] {
                "Quá hạn nộp " + dataset[0] + " năm " + notice.reportYear() + " (hạn " + deadline + ") / Overdue: "
                        + dataset[1] + " " + notice.reportYear() + " was due " + deadline + ": " + notice.agencyCode(),
                "Kính gửi " + notice.agencyCode() + ",\n\n" + capitalise(dataset[0]) + " năm " + notice.reportYear() + " ("
                        + notice.dataset() + ") của cơ quan đến hạn hết ngày " + deadline + " và đã quá hạn " + daysLate
                        + " ngày: Sở Nội vụ chưa tiếp nhận bản nào. Đề nghị gửi sớm.\n\n---\n\n"
                        + "To " + notice.agencyCode() + ",\n\nYour " + dataset[1] + " for " + notice.reportYear() + " ("
                        + notice.dataset() + ") was due by the end of " + deadline + " and is " + daysLate
                        + " day(s) late: the Department of Home Affairs has not accepted one yet. Please send it soon.\n"};
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
