/**
 * Amazon ECS collection: task definitions (images, ports, task role) and services (subnets,
 * security groups, public IP), read so that self-hosted AI servers in containers, the role they
 * run as and their exposure to the internet are in the graph like those on EC2.
 */
package dev.aispm.collectors.aws.ecs;
