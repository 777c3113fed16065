package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;

/**
 * A Studio app: the running compute (a JupyterLab server, a kernel gateway, Canvas ...) of a user
 * profile or a space. Apps are what actually execute code with the profile's execution role, so
 * they are the live surface of a Studio domain, and idle ones are cost and exposure nobody watches.
 */
public final class AppSchema {
  private AppSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerApp")
      .concept("Compute")
      .description("A SageMaker Studio app. Its id is the app ARN.")
      .property("name", "App name")
      .property("domainId", "Domain id")
      .property("appType", "JupyterServer, KernelGateway, JupyterLab, CodeEditor, Canvas ...")
      .property("status", "Deleted, Deleting, Failed, InService, Pending")
      .property("userProfile", "Name of the user profile the app belongs to, absent for a space's app")
      .property("space", "Name of the space the app runs in, absent for a user profile's app")
      .property("instanceType", "ML instance type the app runs on")
      .property("image", "SageMaker image ARN the app runs")
      .property("lifecycleConfigArn", "Studio lifecycle configuration run at start")
      .property("createdAt", "Creation time")
      .build();

  public static final RelSchema IN_DOMAIN = RelSchema.toStub("IN_DOMAIN", NODE, DomainSchema.NODE,
      "The app belongs to the domain.");
  public static final RelSchema APP_OF_USER = RelSchema.toStub("APP_OF", NODE, UserProfileSchema.NODE,
      "The app is a user profile's own app and runs as that profile.");
  public static final RelSchema APP_OF_SPACE = RelSchema.toStub("APP_OF", NODE, SpaceSchema.NODE,
      "The app runs in the space.");
}
