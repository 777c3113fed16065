/**
 * Elastic Load Balancing (v2) load balancers in front of ECS services: what makes a service with
 * no public IP of its own reachable from the internet.
 */
package dev.aispm.graph.schema.aws.elb;
