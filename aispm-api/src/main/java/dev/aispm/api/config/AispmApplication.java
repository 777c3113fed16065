package dev.aispm.api.config;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * The Spring Boot application of the aispm service. The command line starts it with the graph
 * connection and rule catalogue it already opened, registered as beans, so that a demo, a scan
 * and the service share one graph.
 *
 * <p>No DataSource is auto-configured: the graph is the service's store, and the optional
 * clustered scheduler brings its own pool. No user store either: callers authenticate with API
 * tokens or OIDC, never with a generated password.
 */
@SpringBootApplication(scanBasePackages = "dev.aispm.api",
    exclude = {DataSourceAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
public class AispmApplication {}
