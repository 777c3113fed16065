/** Cloud Run: services and jobs whose images and environment may hide AI use. */
package dev.aispm.graph.schema.gcp.run;
