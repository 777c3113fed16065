/** Google Cloud vertex node and relationship declarations. */
package dev.aispm.graph.schema.gcp.vertex;
