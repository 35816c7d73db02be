package vn.vtlt.warehouse.portal.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.publish.Publisher;

/** The pages' answers are read once per publication and dropped the moment the next one is renamed in. */
class PublishedAnswersTest {

    @TempDir
    Path home;

    private VtltProperties properties() {
        return new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
                        java.util.Map.of("vtlt.home", home.toString())))
                .bindOrCreate("vtlt", VtltProperties.class);
    }

    @Test
    void answersTheSameQuestionFromTheSamePublicationOnceAndReadsAgainAfterTheNextPublication() throws Exception {
        // given
        PublishedAnswers answers = new PublishedAnswers(properties());
        AtomicInteger reads = new AtomicInteger();
        Path published = home.resolve(Publisher.ANALYTICS_FILE);
        Files.writeString(published, "run 1");
        // when
        int first = answers.get("staffing", reads::incrementAndGet);
        int again = answers.get("staffing", reads::incrementAndGet);
        // the import publishes as it does: a new file renamed over the old one
        Files.writeString(home.resolve("next"), "run 2");
        Files.move(home.resolve("next"), published, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        int afterPublication = answers.get("staffing", reads::incrementAndGet);
        // then
        assertThat(first).isEqualTo(1);
        assertThat(again).isEqualTo(1);
        assertThat(afterPublication).isEqualTo(2);
    }

    @Test
    void keepsNothingWhileNothingIsPublished() throws Exception {
        // given
        PublishedAnswers answers = new PublishedAnswers(properties());
        AtomicInteger reads = new AtomicInteger();
        // when
        answers.get("years", reads::incrementAndGet);
        answers.get("years", reads::incrementAndGet);
        // then
        assertThat(reads).hasValue(2);
    }
}
