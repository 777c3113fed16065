/**
 * Response playbooks of the misuse rules: containment steps per cloud with their commands, the
 * blast radius read from the graph, and the evidence trail of a misuse finding.
 */
package dev.aispm.misuse.playbook;
