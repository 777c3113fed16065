/**
 * The AWS collector: accounts (one or a whole organization), regions in parallel, credentials from the default chain, failures recorded per scope and call.
 */
package dev.aispm.collectors.aws;
