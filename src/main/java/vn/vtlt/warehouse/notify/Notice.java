package vn.vtlt.warehouse.notify;

import java.time.LocalDate;

/**
 * A notice recorded in the warehouse and waiting to be sent (table {@code notice}, sql/088_notices.sql).
 *
 * @param kind      FEEDBACK, REMINDER or LATE
 * @param addresses the agency's addresses from the registry, comma-separated: the only recipients
 */
public record Notice(String agencyCode, String noticeKey, String kind, String dataset, Integer reportYear,
                     Long runId, LocalDate deadline, String messageId, String addresses) {

    /** A name for its .eml file: the agency and the key, nothing a file system could misread. */
    public String fileName() {
        return (agencyCode + "_" + noticeKey).replaceAll("[^A-Za-z0-9-]+", "_") + ".eml";
    }
}
