package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/**
 * A Studio space: the storage and settings a Studio app runs in. A shared space is open to every
 * user profile of its domain, so what one user leaves in it (notebooks, credentials, data) is
 * readable by all of them; a private space belongs to its owner alone.
 */
public final class SpaceSchema {
  private SpaceSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerSpace")
      .concept("Workspace")
      .description("A SageMaker Studio space. Its id is the space ARN.")
      .property("name", "Space name")
      .property("domainId", "Domain id")
      .property("status", "InService, Pending, Failed ...")
      .property("sharingType", "Private (owner only) or Shared (every user profile of the domain)")
      .property("shared", "Whether every user profile of the domain can use the space")
      .property("appType", "The app the space runs: JupyterLab, CodeEditor ...")
      .property("ownerUserProfile", "Name of the owning user profile")
      .property("remoteAccess", "Whether remote access (from a local IDE) is enabled")
      .property("url", "Space URL")
      .property("createdAt", "Creation time")
      .property("tags", "Tags as key=value strings")
      .build();

  public static final RelSchema IN_DOMAIN = RelSchema.toStub("IN_DOMAIN", NODE, DomainSchema.NODE,
      "The space belongs to the domain.");
  public static final RelSchema OWNED_BY = RelSchema.toStub("OWNED_BY", NODE, UserProfileSchema.NODE,
      "The space was created by, and for a private space is only usable by, the user profile.");
}
