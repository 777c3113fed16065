package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

/** Recorded SageMaker answers, unmarshalled by the SDK. */
final class SageMakerRecorded {
  private SageMakerRecorded() {}

  static DescribeNotebookInstanceResponse describeNotebook(String file) {
    try (SageMakerClient c = RecordedAnswersAccess.sagemaker("sagemaker/" + file)) {
      return c.describeNotebookInstance(r -> r.notebookInstanceName("recorded"));
    }
  }

  static software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceLifecycleConfigResponse
      describeLifecycleConfig(String file) {
    try (SageMakerClient c = RecordedAnswersAccess.sagemaker("sagemaker/" + file)) {
      return c.describeNotebookInstanceLifecycleConfig(r -> r.notebookInstanceLifecycleConfigName("recorded"));
    }
  }

  static software.amazon.awssdk.services.sagemaker.model.DescribeStudioLifecycleConfigResponse
      describeStudioLifecycleConfig(String file) {
    try (SageMakerClient c = RecordedAnswersAccess.sagemaker("sagemaker/" + file)) {
      return c.describeStudioLifecycleConfig(r -> r.studioLifecycleConfigName("recorded"));
    }
  }

  static software.amazon.awssdk.services.sagemaker.model.DescribeDomainResponse describeDomain(String file) {
    try (SageMakerClient c = RecordedAnswersAccess.sagemaker("sagemaker/" + file)) {
      return c.describeDomain(r -> r.domainId("recorded"));
    }
  }

  static software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse describeProcessingJob(String file) {
    try (SageMakerClient c = RecordedAnswersAccess.sagemaker("sagemaker/" + file)) {
      return c.describeProcessingJob(r -> r.processingJobName("recorded"));
    }
  }

  static DescribeTrainingJobResponse describeTrainingJob(String file) {
    try (SageMakerClient c = RecordedAnswersAccess.sagemaker("sagemaker/" + file)) {
      return c.describeTrainingJob(r -> r.trainingJobName("recorded"));
    }
  }

  static software.amazon.awssdk.services.sagemaker.model.DescribeSpaceResponse describeSpace(String file) {
    try (SageMakerClient c = RecordedAnswersAccess.sagemaker("sagemaker/" + file)) {
      return c.describeSpace(r -> r.domainId("recorded").spaceName("recorded"));
    }
  }

  static java.util.List<software.amazon.awssdk.services.sagemaker.model.AppDetails> listApps(String file) {
    try (SageMakerClient c = RecordedAnswersAccess.sagemaker("sagemaker/" + file)) {
      return c.listApps(r -> r.maxResults(100)).apps();
    }
  }

  static software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse
      describeTuningJob(String file) {
    try (SageMakerClient c = RecordedAnswersAccess.sagemaker("sagemaker/" + file)) {
      return c.describeHyperParameterTuningJob(r -> r.hyperParameterTuningJobName("recorded"));
    }
  }

  static software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse describeTransformJob(String file) {
    try (SageMakerClient c = RecordedAnswersAccess.sagemaker("sagemaker/" + file)) {
      return c.describeTransformJob(r -> r.transformJobName("recorded"));
    }
  }

  static software.amazon.awssdk.services.sagemaker.model.DescribePipelineResponse describePipeline(String file) {
    try (SageMakerClient c = RecordedAnswersAccess.sagemaker("sagemaker/" + file)) {
      return c.describePipeline(r -> r.pipelineName("recorded"));
    }
  }
}
