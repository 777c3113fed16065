package dev.aispm.collectors.aws.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataCaptureReaderTest {
  @Test
  void theDestinationIsReadInEachFormTheApiAccepts() {
    assertThat(DataCaptureReader.bucketAndPrefix("s3://acme-secure-data/capture/churn/"))
        .containsExactly("acme-secure-data", "capture/churn/");
    assertThat(DataCaptureReader.bucketAndPrefix("s3://acme-capture")).containsExactly("acme-capture", "");
    assertThat(DataCaptureReader.bucketAndPrefix("https://acme-capture.s3.eu-west-1.amazonaws.com/dc/"))
        .containsExactly("acme-capture", "dc/");
    assertThat(DataCaptureReader.bucketAndPrefix("https://s3.eu-west-1.amazonaws.com/acme-capture/dc"))
        .containsExactly("acme-capture", "dc");
  }

  @Test
  void destinationsThatAreNotS3LocationsAreRefused() {
    assertThat(DataCaptureReader.bucketAndPrefix("https://example.com/capture/")).isNull();
    assertThat(DataCaptureReader.bucketAndPrefix("s3:///capture/")).isNull();
    assertThat(DataCaptureReader.bucketAndPrefix("ftp://acme/capture")).isNull();
    assertThat(DataCaptureReader.bucketAndPrefix(null)).isNull();
  }

  @Test
  void theEndpointFolderFollowsTheDestinationWithOrWithoutItsSlash() {
    String arn = "arn:aws:sagemaker:eu-west-1:111111111111:endpoint/churn-predictor-endpoint";
    assertThat(new DataCaptureReader.CaptureLocation("111111111111", "eu-west-1", arn, "churn-predictor-endpoint",
        "b", "capture/churn/").folder()).isEqualTo("capture/churn/churn-predictor-endpoint/");
    assertThat(new DataCaptureReader.CaptureLocation("111111111111", "eu-west-1", arn, "churn-predictor-endpoint",
        "b", "").folder()).isEqualTo("churn-predictor-endpoint/");
  }
}
