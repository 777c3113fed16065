package dev.aispm.graph.schema.gcp.artifactregistry;

import dev.aispm.graph.schema.NodeSchema;

/**
 * A Docker-format Artifact Registry repository. Who may pull from it is decided here (an IAM
 * binding to allUsers makes every image in it public), as is how long old images are kept.
 */
public final class GcpArtifactRepositorySchema {
  private GcpArtifactRepositorySchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("GCPArtifactRepository")
      .description("A Docker repository of Artifact Registry. Its id is the resource name, "
          + "projects/PROJECT/locations/LOCATION/repositories/REPOSITORY.")
      .property("name", "Repository id")
      .property("project", "Project id")
      .property("location", "Location, e.g. us-central1 or europe")
      .property("format", "DOCKER (only Docker repositories are collected)")
      .property("mode", "STANDARD_REPOSITORY, REMOTE_REPOSITORY or VIRTUAL_REPOSITORY")
      .property("registryHost", "Host images are pulled from, LOCATION-docker.pkg.dev")
      .property("kmsKeyName", "Customer-managed encryption key, absent when Google-managed")
      .property("cleanupPolicies", "Number of cleanup policies; 0 keeps every image forever")
      .property("cleanupPolicyDryRun", "Whether cleanup policies only report instead of deleting")
      .property("vulnerabilityScanning", "Artifact Analysis scanning state (e.g. SCANNING_ACTIVE, SCANNING_DISABLED)")
      .property("publicMembers", "allUsers / allAuthenticatedUsers bindings as ROLE=MEMBER (absent: policy unread)")
      .property("publiclyReadable", "An IAM binding lets allUsers or allAuthenticatedUsers pull images (absent: policy unread)")
      .property("createdAt", "Creation time")
      .build();
}
