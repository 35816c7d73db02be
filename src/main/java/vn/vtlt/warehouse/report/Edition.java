package vn.vtlt.warehouse.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published edition of the review: the number and symbol and the date it was published under, its years and
 * title, and when it was frozen (the generation time every regeneration prints, never the clock's).
 */
public record Edition(String number, int from, int to, LocalDate publishedOn, String title, Instant frozenAt) {
}
