/** Cloud Storage: buckets, who can reach them, and the gs:// nodes AI assets name. */
package dev.aispm.collectors.gcp.storage;
