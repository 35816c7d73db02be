package vn.vtlt.warehouse.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.calendar.ReportingCalendar;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.warehouse.SqlScripts;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * After a run: records the notices due today (sql/notify/due.sql) and sends every one not yet sent, each recorded
 * as SENT as soon as the mail server takes it, so that none is sent twice however often the import runs or
 * restarts; one the server refuses stays PENDING for the next run, with the server's answer for {@code status}.
 * Nothing is sent unless {@code spring.mail.host} is set; with {@code vtlt.mail.dry-run} the messages are written
 * as {@code .eml} files in the run's feedback folder, nothing is sent and nothing recorded.
 */
@Component
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    /** The folder of the dry run's messages, in the run's feedback folder. */
    public static final String DRY_RUN_FOLDER = "mail";

    private final Warehouse warehouse;
    private final ReportingCalendar calendar;
    private final VtltProperties properties;
    private final ObjectProvider<JavaMailSender> mailSender;

    public Notices(Warehouse warehouse, ReportingCalendar calendar, VtltProperties properties,
                   ObjectProvider<JavaMailSender> mailSender) {
        this.warehouse = warehouse;
        this.calendar = calendar;
        this.properties = properties;
        this.mailSender = mailSender;
    }

    /** Sends (or, in a dry run, writes) the notices due after run {@code runId}, whose feedback is in its folder. */
    public void afterRun(long runId, Path runFolder) throws IOException {
        boolean dryRun = properties.mail().dryRun();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null && !dryRun) {
            log.debug("No mail server (spring.mail.host): no notices sent");
            return;
        }
        LocalDate today = calendar.today();
        NoticeMessages messages = new NoticeMessages(properties.mail().from(), properties.mail().portalUrl(),
                properties.feedbackDir());
        if (dryRun) {
            writeDryRun(runId, today, runFolder.resolve(DRY_RUN_FOLDER), messages);
            return;
        }
        List<Notice> pending = warehouse.inTransaction(connection -> {
            recordDue(runId, today);
            return pending(connection);
        });
        int sent = 0;
        for (Notice notice : pending) {
            try {
                sender.send(messages.compose(notice, today));
                warehouse.update("sql/notify/sent.sql", notice.agencyCode(), notice.noticeKey());
                sent++;
            } catch (MailException | MessagingException | IOException e) {
                String reason = String.valueOf(e.getMessage());
                warehouse.update("sql/notify/failed.sql", reason.substring(0, Math.min(reason.length(), 1000)),
                        notice.agencyCode(), notice.noticeKey());
                log.warn("Notice {} to {} not sent, the next run tries again: {}", notice.noticeKey(),
                        notice.agencyCode(), reason);
                if (serverUnavailable(e)) {
                    // every other message would wait for the same timeout: the next run tries them all again
                    log.warn("The mail server cannot be reached or refuses the login; the other notices wait for the next run");
                    break;
                }
            }
        }
        log.info("Notices: {} sent, {} waiting for the next run", sent, pending.size() - sent);
    }

    /** The messages the run would send, as files; the records are rolled back, so the real run still sends them. */
    private void writeDryRun(long runId, LocalDate today, Path folder, NoticeMessages messages) throws IOException {
        Files.createDirectories(folder);
        List<Notice> pending = warehouse.inTransaction(connection -> {
            recordDue(runId, today);
            List<Notice> notices = pending(connection);
            connection.rollback();
            return notices;
        });
        for (Notice notice : pending) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(notice.fileName()))) {
                messages.compose(notice, today).writeTo(out);
            } catch (MessagingException e) {
                throw new IOException("cannot write notice " + notice.noticeKey() + " to " + notice.agencyCode(), e);
            }
        }
        log.info("Mail dry run: {} notice(s) written to {}, none sent", pending.size(), folder);
    }

    /** Whether a failure is the server's (unreachable, login refused) rather than one message's or recipient's. */
    private static boolean serverUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof org.springframework.mail.MailAuthenticationException
                    || cause instanceof jakarta.mail.AuthenticationFailedException) {
                return true;
            }
            if (cause instanceof org.springframework.mail.MailSendException send) {
                for (Exception nested : send.getFailedMessages().values()) {
                    if (serverUnavailable(nested)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void recordDue(long runId, LocalDate today) throws java.sql.SQLException {
        warehouse.setVariable("notice_today", java.sql.Date.valueOf(today));
        warehouse.setVariable("notice_run", runId);
        warehouse.setVariable("notice_remind_days", properties.calendar().remindDaysBefore().stream()
                .map(String::valueOf).collect(Collectors.joining(",")));
        warehouse.setVariable("notice_late_every", properties.calendar().lateEveryDays());
        warehouse.execute("sql/notify/due.sql");
        warehouse.execute("sql/notify/obsolete.sql");
    }

    private static List<Notice> pending(java.sql.Connection connection) throws java.sql.SQLException {
        List<Notice> notices = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SqlScripts.text("sql/notify/pending.sql"));
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                notices.add(new Notice(row.getString("agency_code"), row.getString("notice_key"), row.getString("kind"),
                        row.getString("dataset"), (Integer) row.getObject("report_year"),
                        (Long) row.getObject("run_id"),
                        row.getDate("deadline") == null ? null : row.getDate("deadline").toLocalDate(),
                        row.getString("message_id"), row.getString("addresses")));
            }
        }
        return notices;
    }
}
