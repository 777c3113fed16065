package dev.aispm.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.engine.RuleEngine;
import dev.aispm.rules.engine.RuleMatch;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hyperparameter tuning job launches training jobs from its definition, so the training job
 * rules must judge it too: a badly configured tuning job fails them and a well-configured one passes.
 */
class TuningJobTrainingRulesIT {
  @ParameterizedTest
  @ValueSource(strings = {"sagemaker_training_job_network_isolation_enabled",
      "sagemaker_training_job_intercontainer_encryption_enabled",
      "sagemaker_training_job_volume_and_output_encryption_enabled",
      "sagemaker_training_job_vpc_settings_configured"})
  void trainingRulesJudgeTuningJobs(String id) {
    RuleCatalogIT.load("""
        CREATE (:Asset:TrainingJob:AWSSageMakerHyperParameterTuningJob {id: 'tune-bad', type: 'AWSSageMakerHyperParameterTuningJob',
          scope: 'aws/111111111111/us-east-1', provider: 'aws', account: '111111111111', region: 'us-east-1',
          name: 'bad', networkIsolation: false, interContainerEncryption: false})
        CREATE (:Asset:TrainingJob:AWSSageMakerHyperParameterTuningJob {id: 'tune-good', type: 'AWSSageMakerHyperParameterTuningJob',
          scope: 'aws/111111111111/eu-west-1', provider: 'aws', account: '111111111111', region: 'eu-west-1',
          name: 'good', networkIsolation: true, interContainerEncryption: true, volumeKmsKeyId: 'key',
          subnetIds: ['subnet-1']})""");
    RuleEngine engine = new RuleEngine(InProcessNeo4j.connection().driver(), null);
    List<RuleMatch> rows = engine.evaluate(RuleCatalog.builtIn().rule(id).orElseThrow());
    assertThat(rows).extracting(r -> r.resourceId() + "=" + r.status())
        .containsExactlyInAnyOrder("tune-bad=FAIL", "tune-good=PASS");
  }
}
