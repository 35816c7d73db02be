package vn.vtlt.warehouse;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The Spring context of the commands that import: configuration from the command line, files and the environment.
 * Not a web application; the portal ({@code serve}, package {@code portal}) has a context of its own
 * ({@link vn.vtlt.warehouse.portal.PortalApplication}), so the import never starts a server or opens the portal's
 * database, and the portal never opens the warehouse.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration"})
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.vtlt\\.warehouse\\.portal\\..*"))
@ConfigurationPropertiesScan
public class Application {

    public static ConfigurableApplicationContext start(List<String> arguments) {
        return start(arguments, true);
    }

    /** @param shutdownHook false when the command closes the context itself on SIGTERM, in its own order */
    public static ConfigurableApplicationContext start(List<String> arguments, boolean shutdownHook) {
        SpringApplication application = new SpringApplication(Application.class);
        application.setRegisterShutdownHook(shutdownHook);
        return application.run(arguments.toArray(String[]::new));
    }
}
