package vn.vtlt.warehouse.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

import jakarta.servlet.MultipartConfigElement;
import vn.vtlt.warehouse.config.PersonKeys;
import vn.vtlt.warehouse.config.VtltProperties;

/**
 * The portal's Spring context ({@code serve}): a web application in the same jar, with the same configuration as
 * the import ({@code vtlt.*}), its pages and API in this package, its own records in {@link PortalDatabase}. It
 * reads the analysts' file read-only and writes uploads into the inbox; it never opens the warehouse or the job
 * repository (Spring Batch is left out of this context).
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration",
        "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration"})
@ComponentScan
@EnableConfigurationProperties(VtltProperties.class)
public class PortalApplication {

    /** What a multipart body may add to its file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    /** Starts the portal (a port of 0 picks a free one); it runs until the context is closed. */
    public static ConfigurableApplicationContext start(List<String> arguments) {
        List<String> web = new ArrayList<>(arguments);
        web.add("--spring.main.web-application-type=servlet");
        SpringApplication application = new SpringApplication(PortalApplication.class);
        // the session cookie: never readable by scripts, never sent by other sites' forms; Secure whenever the
        // request came over TLS (also through a proxy, with server.forward-headers-strategy)
        application.setDefaultProperties(Map.of(
                "server.servlet.session.cookie.http-only", "true",
                "server.servlet.session.cookie.same-site", "lax",
                "server.servlet.session.timeout", "30m",
                // a file over the size limit is read to its end and discarded, so that the client gets the answer
                // (413, or the form saying so) rather than a connection reset
                "server.tomcat.max-swallow-size", "-1"));
        return application.run(web.toArray(String[]::new));
    }

    @Bean
    DataSource portalDataSource(VtltProperties properties) {
        DataSource dataSource = DataSourceBuilder.create().url(PortalDatabase.url(properties.home()))
                .username("sa").password("").build();
        PortalDatabase.migrate(properties.home(), dataSource);
        return dataSource;
    }

    @Bean
    Accounts accounts(DataSource dataSource) {
        return new Accounts(dataSource);
    }

    @Bean
    Tokens tokens(DataSource dataSource) {
        return new Tokens(dataSource);
    }

    @Bean
    AuditLog auditLog(DataSource dataSource) {
        return new AuditLog(dataSource);
    }

    @Bean
    Analytics analytics(VtltProperties properties) {
        return new Analytics(properties.home());
    }

    @Bean
    AgencyScope agencyScope(Analytics analytics) {
        return new AgencyScope(analytics);
    }

    @Bean
    Uploads uploads(DataSource dataSource, Analytics analytics) {
        return new Uploads(dataSource, analytics);
    }

    @Bean
    Inbox inbox(VtltProperties properties) {
        if (properties.inbox() == null) {
            throw new IllegalStateException("serve needs the inbox the import pulls: --inbox DIR (or vtlt.inbox)");
        }
        return new Inbox(properties.inbox(), properties.http().maxFileBytes());
    }

    @Bean
    DryRun dryRun(VtltProperties properties, @Value("${vtlt.demo:false}") boolean demo,
                  @Value("${vtlt.portal.dry-runs:2}") int concurrent) {
        return new DryRun(properties, new PersonKeys(properties, demo), concurrent);
    }

    /**
     * Uploads stream to disk from the first byte ({@code file-size-threshold} 0), into the inbox's hidden
     * {@code .portal-incoming} folder (on the inbox's disk: the move into an agency's folder is a rename). The
     * sources' size limit ({@code vtlt.http.max-file-bytes}) is the inbox's to enforce ({@link Inbox#receive}: a clear
     * {@code 413}, or the upload form saying so); the server reads at most twice that, so that a file just over the
     * limit gets that answer (a multipart body cut short by the server gets only the server's bare 413 page) while a
     * runaway upload still cannot fill the disk.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(VtltProperties properties) {
        Path incoming = (properties.inbox() == null ? properties.home() : properties.inbox()).resolve(".portal-incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long max = properties.http().maxFileBytes();
        return new MultipartConfigElement(incoming.toAbsolutePath().toString(), 2 * max, 2 * max + MULTIPART_OVERHEAD, 0);
    }
}
