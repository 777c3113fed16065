package dev.aispm.posture.report;

import dev.aispm.posture.query.ContentEvidence;
import dev.aispm.posture.query.FindingView;
import dev.aispm.posture.query.InventoryCount;
import dev.aispm.posture.query.PeriodChanges;
import dev.aispm.posture.query.ScanOutcomeView;
import dev.aispm.posture.query.ScanRunView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a posture report shows, read once from the graph so that the HTML and the PDF of one
 * report cannot disagree.
 *
 * @param since       start of the period the trend compares against
 * @param inventory   AI assets by cloud and type
 * @param bySeverity  open findings by severity, worst first
 * @param byCategory  open findings by category, largest first
 * @param topRisks    the highest-scored open findings with their attack paths
 * @param compliance  per framework: controls passing, failing, not evaluated
 * @param lastScan    the newest finished scan, null before the first
 * @param failures    what that scan could not collect
 * @param evidence    by top-risk finding id: the objects, lines and fingerprints behind it (content findings)
 */
public record PostureReport(Instant generatedAt, Instant since, List<InventoryCount> inventory,
    Map<String, Long> bySeverity, Map<String, Long> byCategory, PeriodChanges changes, List<FindingView> topRisks,
    List<FrameworkStatus> compliance, ScanRunView lastScan, List<ScanOutcomeView> failures,
    Map<String, List<ContentEvidence>> evidence) {}
