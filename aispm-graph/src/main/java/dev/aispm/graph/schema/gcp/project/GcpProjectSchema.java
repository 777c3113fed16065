package dev.aispm.graph.schema.gcp.project;

import dev.aispm.graph.schema.NodeSchema;

/** A Google Cloud project: the root of a GCP scope, as an AWS account is for AWS. */
public final class GcpProjectSchema {
  private GcpProjectSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPProject")
      .concept("CloudAccount")
      .description("A Google Cloud project. Its id is //cloudresourcemanager.googleapis.com/projects/PROJECT_ID.")
      .property("name", "Project id")
      .property("displayName", "Display name")
      .property("projectNumber", "Project number, as Vertex AI resource names carry it")
      .property("parent", "Folder or organization the project sits in (folders/N, organizations/N)")
      .property("state", "ACTIVE, DELETE_REQUESTED ...")
      .property("enabledAiApis", "Enabled AI APIs (aiplatform, generativelanguage, notebooks, discoveryengine); absent: unread")
      .property("scanned", "Whether aispm collected this project (false for projects only listed)")
      .build();
}
