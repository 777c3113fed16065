/** Google Cloud project node and relationship declarations. */
package dev.aispm.graph.schema.gcp.project;
