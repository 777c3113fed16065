/**
 * Compute Engine: VPC firewall rules and routes, which decide whether a VM (a Workbench instance or
 * a plain VM) is reachable, and the VMs that run AI.
 */
package dev.aispm.collectors.gcp.compute;
