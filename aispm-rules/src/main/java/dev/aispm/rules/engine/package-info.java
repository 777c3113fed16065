/**
 * Runs rules in read transactions and turns their rows into matches with paths.
 */
package dev.aispm.rules.engine;
