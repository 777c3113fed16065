package dev.aispm.graph.schema.gcp.vertex;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.schema.gcp.storage.GcsPrefixSchema;

/**
 * A Vertex AI batch prediction job: a model run over a set of inputs, writing predictions to a
 * folder. It is lineage as much as compute: whoever can write its input bucket steers what the
 * model sees, and whoever can read its output folder reads the predictions.
 */
public final class VertexBatchPredictionJobSchema {
  private VertexBatchPredictionJobSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("VertexBatchPredictionJob")
      .concept("ProcessingJob")
      .description("A Vertex AI batch prediction job. Its id is //aiplatform.googleapis.com/projects/N/locations/L/batchPredictionJobs/ID.")
      .property("name", "Display name")
      .property("location", "Vertex AI location")
      .property("state", "JOB_STATE_SUCCEEDED, JOB_STATE_RUNNING ...")
      .property("model", "Model resource name (projects/.../models/M or publishers/google/models/M)")
      .property("serviceAccount", "Service account the job runs as (absent: the Vertex AI service agent)")
      .property("usesDefaultComputeAccount", "Whether it runs as the Compute Engine default service account")
      .property("inputUris", "gs:// input files (absent: the input is in BigQuery or a dataset)")
      .property("bigqueryInput", "bq:// input table, if any")
      .property("outputUriPrefix", "gs:// folder the predictions go to")
      .property("bigqueryOutput", "bq:// output project or dataset, if any")
      .property("kmsKeyName", "Cloud KMS key, absent: Google-managed")
      .property("cmekEnabled", "Whether a customer-managed key encrypts it")
      .property("createdAt", "Creation time")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, ServiceAccountSchema.NODE,
      "The job's prediction containers run as the service account.");
  public static final RelSchema READS = RelSchema.toStub("READS", NODE, GcsPrefixSchema.NODE,
      "The job predicts on the gs:// input (gcsSource.uris).");
  public static final RelSchema WRITES = RelSchema.toStub("WRITES", NODE, GcsPrefixSchema.NODE,
      "The job writes its predictions under the gs:// output prefix.");
  public static final RelSchema USES_MODEL = RelSchema.toStub("USES_MODEL", NODE, VertexModelSchema.NODE,
      "The registry model the job runs.");
}
