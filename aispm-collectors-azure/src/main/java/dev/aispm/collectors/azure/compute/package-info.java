/** Azure virtual machines that run self-hosted AI servers or install AI packages, and their user data. */
package dev.aispm.collectors.azure.compute;
