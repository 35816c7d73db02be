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
        SpringApplication application = new SpringApplication(Application.class);
        return application.run(arguments.toArray(String[]::new));
    }
}
