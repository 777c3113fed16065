/** Compute Engine: VPC firewall rules, which decide whether a notebook VM is reachable. */
package dev.aispm.collectors.gcp.compute;
