/**
 * Azure AI accounts' diagnostic logs (Azure OpenAI RequestResponse and Audit) that their
 * diagnostic settings archive to a storage account, read incrementally for misuse detection:
 * which archives exist (from the diagnostic settings), where an account's hourly blobs are
 * (the Azure Monitor path layout), how far each was read (blob name and byte offset), and the
 * reader that lists one day at a time and reads only new bytes. Parsing and detection are the
 * misuse module's.
 */
package dev.aispm.collectors.azure.diagnostics;
