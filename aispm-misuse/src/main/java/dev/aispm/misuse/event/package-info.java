/**
 * The provider-neutral activity event every source parses into, so that a detector is written once
 * for CloudTrail, the Azure Activity Log and Cloud Audit Logs.
 */
package dev.aispm.misuse.event;
