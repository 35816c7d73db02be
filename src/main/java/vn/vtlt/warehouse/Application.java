package vn.vtlt.warehouse;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring context of the commands: configuration from the command line, files and the environment. */
@SpringBootApplication
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
