package dev.aispm.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

class WorkerThreadsTest {
  @Test
  void fourWorkersPerCoreAndNeverFewerThanEight() {
    assertThat(WorkerThreads.workers(1)).isEqualTo(8);
    assertThat(WorkerThreads.workers(2)).isEqualTo(8);
    assertThat(WorkerThreads.workers(8)).isEqualTo(32);
    assertThat(WorkerThreads.workers(0)).isEqualTo(8);
  }

  @Test
  void aConfiguredPoolIsLeftAlone() {
    assertThat(WorkerThreads.chosen(new MockEnvironment(), 2)).isEqualTo(8);
    assertThat(WorkerThreads.chosen(new MockEnvironment().withProperty("server.tomcat.threads.max", "200"), 2))
        .isEqualTo(-1);
  }

  @Test
  void theConnectorGetsThePoolAndNoMoreSpareThreadsThanWorkers() {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
    new WorkerThreads(new MockEnvironment()).customize(factory);
    Connector connector = new Connector();
    factory.getTomcatConnectorCustomizers().forEach(c -> c.customize(connector));
    AbstractProtocol<?> protocol = (AbstractProtocol<?>) connector.getProtocolHandler();
    int expected = WorkerThreads.workers(Runtime.getRuntime().availableProcessors());
    assertThat(protocol.getMaxThreads()).isEqualTo(expected);
    assertThat(protocol.getMinSpareThreads()).isLessThanOrEqualTo(expected);

    TomcatServletWebServerFactory configured = new TomcatServletWebServerFactory();
    new WorkerThreads(new MockEnvironment().withProperty("server.tomcat.threads.max", "50")).customize(configured);
    assertThat(configured.getTomcatConnectorCustomizers()).isEmpty();
  }
}
