package dev.aispm.collectors.aws.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransformCaptureReaderTest {
  @Test
  void eachDirectionHasItsFolderUnderTheDestinationWithOrWithoutItsSlash() {
    var at = new TransformCaptureReader.CaptureLocation("111111111111", "eu-west-1",
        "arn:aws:sagemaker:eu-west-1:111111111111:transform-job/nightly", "nightly", "b", "capture/batch/nightly/");
    assertThat(at.folder("input")).isEqualTo("capture/batch/nightly/input/");
    assertThat(at.folder("output")).isEqualTo("capture/batch/nightly/output/");
    var bucketRoot = new TransformCaptureReader.CaptureLocation("111111111111", "eu-west-1",
        "arn:aws:sagemaker:eu-west-1:111111111111:transform-job/nightly", "nightly", "b", "");
    assertThat(bucketRoot.folder("input")).isEqualTo("input/");
  }

  @Test
  void inputsAreReadBeforeOutputs() {
    assertThat(TransformCaptureReader.DIRECTIONS).containsExactly("input", "output");
  }
}
