/**
 * Scheduled and on-demand scans through Quartz: one durable {@link dev.aispm.api.schedule.ScanJob}
 * per scope (so the same scope never runs twice at once), cron triggers from {@code aispm.schedules},
 * manual triggers from the API as {@link dev.aispm.api.schedule.ScanEvent}s, and the optional
 * clustered JDBC job store on PostgreSQL.
 */
package dev.aispm.api.schedule;
