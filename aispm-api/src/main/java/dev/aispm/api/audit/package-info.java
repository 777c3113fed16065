/** The audit log: one entry for every state-changing call, allowed, failed or denied. */
package dev.aispm.api.audit;
