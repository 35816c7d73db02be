package vn.vtlt.warehouse.portal.analyst;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.publish.Publisher;

/**
 * The answers of the analysts' pages, kept for the publication they were read from: a published file never changes
 * (the import renames a new one in), so the same question gets the same answer until the next publication, and
 * counting distinct persons by district over a large warehouse is paid once per publication, not per page view.
 * Each question first looks at which file is published (its file key and modification time): a new publication
 * drops every answer at once, so the pages never show an older one.
 */
@Component
public class PublishedAnswers {

    /** An answer read from the published file. */
    @FunctionalInterface
    public interface Answer<T> {
        T read() throws SQLException, IOException;
    }

    private static final int MAX_ANSWERS = 2_000;

    private final Path file;
    private List<Object> publication = List.of();
    private final Map<String, Object> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_ANSWERS;
        }
    };

    public PublishedAnswers(VtltProperties properties) {
        this.file = properties.home().resolve(Publisher.ANALYTICS_FILE);
    }

    /** The answer to a question (its text names everything the answer depends on). */
    @SuppressWarnings("unchecked")
    public <T> T get(String question, Answer<T> answer) throws SQLException, IOException {
        List<Object> current = publication();
        synchronized (this) {
            if (!current.equals(publication)) {
                answers.clear();
                publication = current;
            }
            if (answers.containsKey(question)) {
                return (T) answers.get(question);
            }
        }
        // read outside the lock: other questions are answered meanwhile; read from this publication or a later one
        T read = answer.read();
        synchronized (this) {
            if (current.equals(publication) && !current.isEmpty() && read != null) {
                answers.put(question, read);
            }
        }
        return read;
    }

    private List<Object> publication() throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }
}
