package dev.aispm.collectors.aws.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.SimulatedAws;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.testing.InProcessNeo4j;
import org.junit.jupiter.api.Test;

/**
 * The simulated organization's trail, Bedrock invocation logs and SageMaker data capture through the real S3 and
 * CloudTrail clients: the planted misuse is detected, and a second scan reads no event twice.
 */
class AwsActivityIT {
  @Test
  void theTrailsPlantedMisuseIsDetectedOnceAcrossScans() {
    try (SimulatedAws aws = SimulatedAws.start()) {
      InProcessNeo4j.reset();
      ScanLedger first = aws.scan(aws.organizationSettings(), "activity-1");
      assertThat(first.failures()).noneMatch(f -> f.toString().contains("activity"));
      assertThat(InProcessNeo4j.count("MATCH (d:MisuseDetection) RETURN count(d)")).isEqualTo(6);
      assertThat(InProcessNeo4j.count("""
          MATCH (d:MisuseDetection {detector: 'misuse_training_data_bulk_delete'})-[:TARGETS]->(b:AWSS3Bucket)
          WHERE b.name = 'acme-training-data' AND d.principal = 'arn:aws:iam::111111111111:user/contractor'
          RETURN count(d)""")).isEqualTo(1);
      assertThat(InProcessNeo4j.count("""
          MATCH (d:MisuseDetection {detector: 'misuse_model_deployed_from_unscanned_artifact'}) RETURN count(d)"""))
          .isEqualTo(1);
      assertThat(InProcessNeo4j.count("""
          MATCH (c:ActivityCheckpoint) WHERE c.id STARTS WITH 'aws/cloudtrail/acme-cloudtrail/' RETURN sum(c.eventsRead)"""))
          .isEqualTo(5);
      // eu-west-1's Bedrock invocation logs in S3: the injection attempt among two logged prompts.
      assertThat(InProcessNeo4j.count("""
          MATCH (d:MisuseDetection {detector: 'misuse_prompt_injection_attempt'})
          WHERE d.principal CONTAINS 'support-bot' RETURN count(d)""")).isEqualTo(1);
      assertThat(InProcessNeo4j.count("""
          MATCH (c:ActivityCheckpoint) WHERE c.id STARTS WITH 'aws/bedrock-invocations/acme-secure-data/'
          RETURN sum(c.eventsRead)""")).isEqualTo(2);
      // The churn endpoint's data capture: an injection attempt in an input and an access key in an
      // output, attributed to the endpoint (capture names no caller); the CSV scoring call is clean.
      assertThat(InProcessNeo4j.count("""
          MATCH (d:MisuseDetection)-[:TARGETS]->(e:AWSSageMakerEndpoint {name: 'churn-predictor-endpoint'})
          WHERE d.detector IN ['misuse_prompt_injection_attempt', 'misuse_sensitive_data_in_prompts']
            AND d.principal = 'unknown' AND e.dataCaptureDestination = 's3://acme-secure-data/capture/churn/'
          RETURN count(d)""")).isEqualTo(2);
      assertThat(InProcessNeo4j.count("""
          MATCH (d:MisuseDetection {detector: 'misuse_sensitive_data_in_prompts'})
          WHERE d.summary CONTAINS 'secret.aws-access-key' AND d.summary CONTAINS 'completion'
            AND NOT d.summary CONTAINS 'AKIAZQ3VN7HLK2PWM5TD' RETURN count(d)""")).isEqualTo(1);
      assertThat(InProcessNeo4j.count("""
          MATCH (c:ActivityCheckpoint) WHERE c.id =
            'aws/sagemaker-capture/acme-secure-data/capture/churn/churn-predictor-endpoint/AllTraffic/'
          RETURN sum(c.eventsRead)""")).isEqualTo(3);

      aws.scan(aws.organizationSettings(), "activity-2");
      assertThat(InProcessNeo4j.count("MATCH (c:ActivityCheckpoint) RETURN sum(c.eventsRead)")).isEqualTo(10);
      assertThat(InProcessNeo4j.count("MATCH (d:MisuseDetection) RETURN sum(d.eventCount)")).isEqualTo(6);
    }
  }
}
