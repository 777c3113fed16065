package dev.aispm.api.testing;

import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.Collector;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.rules.catalog.RuleCatalog;
import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the command line registers before starting the service, for tests: the in-process graph,
 * the built-in rules, and one fake {@code aws} collector whose scan succeeds for one type and
 * fails for another (with a missing permission), so scan outcomes have both shapes.
 */
@TestConfiguration
public class ApiTestBeans {
  public static final String ADMIN = "test-admin-token-0123456789abcdef";

  @Bean
  GraphConnection graphConnection() {
    return InProcessNeo4j.connection();
  }

  @Bean
  RuleCatalog ruleCatalog() {
    return RuleCatalog.builtIn();
  }

  @Bean
  Collector fakeAws() {
    return new Collector() {
      @Override
      public String provider() {
        return "aws";
      }

      @Override
      public void collect(CollectionContext ctx) {
        ScopeKey scope = new ScopeKey("aws", "111111111111", "us-east-1");
        ctx.ledger().succeeded(scope, SchemaCatalog.standard().node("AWSSageMakerModel").orElseThrow(), 0,
            Duration.ofMillis(12));
        ctx.ledger().failed(scope, SchemaCatalog.standard().node("AWSSageMakerEndpoint").orElseThrow(),
            "sagemaker:ListEndpoints", "AccessDenied", "sagemaker:ListEndpoints", Duration.ofMillis(3));
      }
    };
  }
}
