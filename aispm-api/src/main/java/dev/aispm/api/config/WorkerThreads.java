package dev.aispm.api.config;

import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sizes Tomcat's worker pool to the machine when {@code server.tomcat.threads.max} is not set:
 * four workers per core, at least eight, instead of Spring Boot's fixed 200.
 *
 * <p>Why: the API answers from memory (the risk queue, kept renderings) and from the graph, so a
 * request is CPU work, not a wait. With 200 workers, fifty clients polling at once make fifty
 * runnable threads on a two-core machine, and each request's time is cut into scheduler slices
 * among them: the load benchmark measured a p99 of 48 to 53 ms that way, against 40 ms with eight
 * workers and the same throughput, the other connections waiting their turn in Tomcat's queue
 * (see docs/api.md, load benchmark). A deployment whose requests do wait (a remote Neo4j far
 * away) sets {@code server.tomcat.threads.max} itself, and this leaves it alone.
 */
@Component
public class WorkerThreads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
  static final String MAX_PROPERTY = "server.tomcat.threads.max";

  private final Environment environment;

  public WorkerThreads(Environment environment) {
    this.environment = environment;
  }

  /** Workers for a machine with {@code processors} cores. */
  static int workers(int processors) {
    return Math.max(8, 4 * Math.max(1, processors));
  }

  /** The pool size to set, or -1 when the configuration names one. */
  static int chosen(Environment environment, int processors) {
    return environment.containsProperty(MAX_PROPERTY) ? -1 : workers(processors);
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    int max = chosen(environment, Runtime.getRuntime().availableProcessors());
    if (max < 0) {
      return;
    }
    factory.addConnectorCustomizers(connector -> {
      if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
        protocol.setMaxThreads(max);
        protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), max));
      }
    });
  }

  /** After Spring Boot's own customizers, whose connector settings these replace. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
