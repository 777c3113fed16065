/** IAM: service accounts, their user-managed keys, and role bindings reduced to capabilities. */
package dev.aispm.collectors.gcp.iam;
