/**
 * Node and relationship types of Amazon ECS: task definitions (what runs, as which role) and
 * services (where it runs and whether the internet reaches it).
 */
package dev.aispm.graph.schema.aws.ecs;
