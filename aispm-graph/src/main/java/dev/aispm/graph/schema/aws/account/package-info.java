/**
 * AWS accounts, the root of every AWS scope.
 */
package dev.aispm.graph.schema.aws.account;
