package dev.aispm.api.config;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application of the aispm service. The command line starts it with the graph
 * connection and rule catalogue it already opened, registered as beans, so that a demo, a scan
 * and the service share one graph.
 */
@SpringBootApplication(scanBasePackages = "dev.aispm.api")
public class AispmApplication {}
