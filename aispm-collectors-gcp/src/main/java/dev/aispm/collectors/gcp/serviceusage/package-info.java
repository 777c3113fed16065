/** Service Usage: which AI APIs a project has enabled. */
package dev.aispm.collectors.gcp.serviceusage;
