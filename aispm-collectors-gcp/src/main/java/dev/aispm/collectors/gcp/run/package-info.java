/**
 * Cloud Run: services' exposure, service accounts, images (linked by digest to the registry scan's
 * image nodes) and the AI provider keys their environment names, with the images and keys of older
 * revisions that still take a share of the traffic; and jobs' images, accounts and keys.
 */
package dev.aispm.collectors.gcp.run;
