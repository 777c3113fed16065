/** Resource Manager: the projects to scan and their IAM policies. */
package dev.aispm.collectors.gcp.resourcemanager;
