/** Cloud Functions: functions whose source and environment may hide AI use. */
package dev.aispm.graph.schema.gcp.functions;
