package vn.vtlt.warehouse.portal.analyst;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import vn.vtlt.warehouse.report.Language;
import vn.vtlt.warehouse.report.Review;

/** A table cell on a page ({@code @cells} in templates): written as the report writes it, in the page's language. */
@Component("cells")
public class Cells {

    public static Language language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Language.EN : Language.VI;
    }

    public String text(Object cell, Locale locale) {
        return language(locale).format(cell instanceof Linked linked ? linked.value() : cell);
    }

    /** Where the cell links to, or null. */
    public String href(Object cell) {
        return cell instanceof Linked linked ? linked.href() : null;
    }

    /** Numbers are right-aligned, as in the report. */
    public boolean number(Object cell) {
        Object value = cell instanceof Linked linked ? linked.value() : cell;
        return value instanceof Number || value instanceof Review.Percent;
    }

    /** The address of a page's table as a file: the page's own address with {@code table} and {@code download}. */
    public String download(String here, String table, String format) {
        return UriComponentsBuilder.fromUriString(here).replaceQueryParam("table", table)
                .replaceQueryParam("download", format).build().toUriString();
    }

    public String title(Review.Table table, Locale locale) {
        return table.title(language(locale));
    }

    public java.util.List<String> headings(Review.Table table, Locale locale) {
        return table.headings(language(locale));
    }
}
