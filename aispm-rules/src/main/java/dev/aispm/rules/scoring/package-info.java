/**
 * The deterministic, explained risk score of a finding from its rule and its resources' context.
 */
package dev.aispm.rules.scoring;
