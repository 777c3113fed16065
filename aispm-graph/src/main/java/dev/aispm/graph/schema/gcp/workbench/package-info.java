/** Google Cloud workbench node and relationship declarations. */
package dev.aispm.graph.schema.gcp.workbench;
