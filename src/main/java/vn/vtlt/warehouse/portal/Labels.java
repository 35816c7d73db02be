package vn.vtlt.warehouse.portal;

import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.feedback.FeedbackWriter;

/** Column names as the feedback files write them ("Số định danh (person_id)"); {@code @labels} in templates. */
@Component("labels")
public class Labels {

    public String column(String dataset, String column) {
        return FeedbackWriter.label(dataset, column);
    }
}
