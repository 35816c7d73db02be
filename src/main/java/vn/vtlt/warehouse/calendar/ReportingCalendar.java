package vn.vtlt.warehouse.calendar;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.UserError;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.warehouse.SqlScripts;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * The reporting calendar an operator edits ({@code vtlt.calendar.*}, {@code jobs/reporting-calendar.yml}): the
 * deadlines of contract section 9 and the extensions granted. Written into the warehouse at every run, where the
 * views {@code v_submission_timeliness} and {@code v_reporting_rate} read it (sql/080_timeliness.sql).
 */
@Component
public class ReportingCalendar {

    private final VtltProperties.Calendar settings;

    public ReportingCalendar(VtltProperties properties) {
        this.settings = properties.calendar();
        deadlines();
        settings.extensions().forEach(ReportingCalendar::check);
    }

    /** The calendar's day: {@code vtlt.calendar.today} when set, else the machine's day in the calendar's zone. */
    public LocalDate today() {
        return settings.today() != null ? settings.today() : LocalDate.now(settings.zone());
    }

    public VtltProperties.Calendar settings() {
        return settings;
    }

    /** Replaces the warehouse's calendar with the file's, and records today's day (in the caller's transaction). */
    public void writeTo(Warehouse warehouse) throws java.sql.SQLException {
        warehouse.execute("sql/calendar/clear.sql");
        var connection = warehouse.connection();
        try (PreparedStatement insert = connection.prepareStatement(SqlScripts.text("sql/calendar/deadline.sql"))) {
            for (Map.Entry<Dataset, MonthDay> deadline : deadlines().entrySet()) {
                insert.setString(1, deadline.getKey().code());
                insert.setInt(2, deadline.getValue().getMonthValue());
                insert.setInt(3, deadline.getValue().getDayOfMonth());
                insert.execute();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(SqlScripts.text("sql/calendar/extension.sql"))) {
            for (VtltProperties.Calendar.Extension extension : settings.extensions()) {
                insert.setString(1, extension.agency().toUpperCase(java.util.Locale.ROOT));
                insert.setString(2, extension.dataset());
                insert.setInt(3, extension.year());
                insert.setDate(4, Date.valueOf(extension.deadline()));
                insert.setString(5, extension.reason());
                insert.execute();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(SqlScripts.text("sql/calendar/today.sql"))) {
            insert.setDate(1, Date.valueOf(today()));
            insert.execute();
        }
    }

    private Map<Dataset, MonthDay> deadlines() {
        VtltProperties.Calendar.Deadlines d = settings.deadlines();
        return Map.of(Dataset.NHAN_SU, monthDay("nhan-su", d.nhanSu()),
                Dataset.DAO_TAO, monthDay("dao-tao", d.daoTao()),
                Dataset.HOC_VIEN, monthDay("hoc-vien", d.hocVien()));
    }

    private static MonthDay monthDay(String dataset, String value) {
        try {
            return MonthDay.parse("--" + value);
        } catch (DateTimeParseException e) {
            throw new UserError("vtlt.calendar.deadlines." + dataset + ": '" + value
                    + "' is not a month and day of the following year, e.g. 01-15 (15 January)");
        }
    }

    /** An extension names an agency, a dataset, a year, the new deadline and a reason, or the run does not start. */
    private static void check(VtltProperties.Calendar.Extension extension) {
        if (extension.agency() == null || extension.agency().isBlank() || extension.deadline() == null
                || extension.year() == 0 || extension.reason() == null || extension.reason().isBlank()
                || Dataset.ofCode(String.valueOf(extension.dataset())).isEmpty()) {
            throw new UserError("vtlt.calendar.extensions: " + extension
                    + " needs agency, dataset (nhan-su, dao-tao or hoc-vien), year, deadline (yyyy-mm-dd) and reason");
        }
    }
}
