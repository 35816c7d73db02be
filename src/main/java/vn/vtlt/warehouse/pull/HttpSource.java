package vn.vtlt.warehouse.pull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.problem.Fault;

/**
 * An agency's HTTP(S) source (contract section 2): {@code GET <url>} answers a JSON array of
 * {@code {"name", "url", "modified"}}, each file served at its URL (absolute or relative to the source). Asks
 * conditionally (ETag, Last-Modified) so that an unchanged listing costs one 304; sends the agency's bearer token,
 * never logging it; refuses names that are paths and files on other hosts; follows no redirect.
 */
@Component
public class HttpSource {

    private static final Logger log = LoggerFactory.getLogger(HttpSource.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a listing request gave: the files, the refused entries, and the validators to send next time. */
    public record Listing(List<IncomingFile> files, List<SourceException> refused, Validators validators) {
    }

    /** ETag and Last-Modified of a listing; either may be null. */
    public record Validators(String etag, String lastModified) {
    }

    private final HttpClient client;
    private final VtltProperties.Http settings;
    private final SourceTokens tokens;

    public HttpSource(VtltProperties properties, SourceTokens tokens) {
        this.settings = properties.http();
        this.tokens = tokens;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The listing, or an empty one when the source answers 304 to the previous validators. */
    public Listing list(String agencyCode, String url, Validators previous) throws SourceException {
        URI listingUri = URI.create(url);
        HttpRequest.Builder request = request(agencyCode, listingUri).header("Accept", "application/json");
        if (previous != null && previous.etag() != null) {
            request.header("If-None-Match", previous.etag());
        }
        if (previous != null && previous.lastModified() != null) {
            request.header("If-Modified-Since", previous.lastModified());
        }
        HttpResponse<InputStream> response = send(request.build(), url);
        try (InputStream body = response.body()) {
            if (response.statusCode() == 304) {
                log.info("Source of {} unchanged (304)", agencyCode);
                return new Listing(List.of(), List.of(), previous);
            }
            if (response.statusCode() != 200) {
                throw new SourceException(Fault.SOURCE_UNREACHABLE, url + " answered HTTP " + response.statusCode());
            }
            List<IncomingFile> files = new ArrayList<>();
            List<SourceException> refused = new ArrayList<>();
            readEntries(StalledReadGuard.guard(body, settings.requestTimeout(), url), url, entry -> {
                try {
                    files.add(file(agencyCode, listingUri, entry));
                } catch (SourceException e) {
                    refused.add(e);
                }
            });
            Validators validators = new Validators(response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
            return new Listing(files, refused, validators);
        } catch (IOException e) {
            throw new SourceException(Fault.SOURCE_UNREACHABLE, url + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the listing's entries one by one (never the whole document at once), refusing a listing longer than
     * {@code vtlt.http.max-listing-entries} as soon as it is.
     */
    private void readEntries(InputStream body, String url, java.util.function.Consumer<JsonNode> onEntry)
            throws IOException, SourceException {
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new SourceException(Fault.SOURCE_UNREACHABLE, url + " did not answer a JSON array");
            }
            int count = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                if (++count > settings.maxListingEntries()) {
                    throw new SourceException(Fault.LISTING_TOO_LARGE, url + ": more than " + settings.maxListingEntries()
                            + " entries (vtlt.http.max-listing-entries)");
                }
                onEntry.accept(JSON.readTree(parser));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new SourceException(Fault.SOURCE_UNREACHABLE, url + ": a listing entry is not a JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new SourceException(Fault.SOURCE_UNREACHABLE, url + ": the listing is not valid JSON", e);
        }
    }

    private IncomingFile file(String agencyCode, URI listingUri, JsonNode entry) throws SourceException {
        String name = entry.path("name").asText("");
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.contains("..")) {
            throw new SourceException(Fault.NAME_REFUSED, "'" + name + "'");
        }
        URI fileUri;
        try {
            fileUri = listingUri.resolve(entry.path("url").asText(name));
        } catch (IllegalArgumentException e) {
            throw new SourceException(Fault.NAME_REFUSED, "'" + name + "': bad url");
        }
        if (!Objects.equals(fileUri.getScheme(), listingUri.getScheme())
                || !Objects.equals(fileUri.getHost(), listingUri.getHost())
                || fileUri.getPort() != listingUri.getPort()) {
            throw new SourceException(Fault.FOREIGN_HOST_REFUSED, "'" + name + "' at " + fileUri.getHost());
        }
        Instant modified = modified(entry).orElse(Instant.EPOCH);
        return new IncomingFile(agencyCode, listingUri.toString(), name, modified, -1, () -> download(agencyCode, fileUri));
    }

    private static Optional<Instant> modified(JsonNode entry) {
        try {
            return entry.hasNonNull("modified") ? Optional.of(Instant.parse(entry.get("modified").asText()))
                    : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private InputStream download(String agencyCode, URI uri) throws IOException {
        try {
            HttpResponse<InputStream> response = send(request(agencyCode, uri).build(), uri.toString());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException(uri + " answered HTTP " + response.statusCode());
            }
            return StalledReadGuard.guard(response.body(), settings.requestTimeout(), uri.toString());
        } catch (SourceException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private HttpRequest.Builder request(String agencyCode, URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout()).GET();
        tokens.forAgency(agencyCode).ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder;
    }

    private HttpResponse<InputStream> send(HttpRequest request, String url) throws SourceException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new SourceException(Fault.SOURCE_UNREACHABLE, url + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(Fault.SOURCE_UNREACHABLE, url + ": interrupted", e);
        }
    }
}
