package dev.aispm.posture.query;

import dev.aispm.rules.findings.PathStep;
import dev.aispm.rules.scoring.ScoreFactor;
import java.util.List;

/**
 * One finding as every reader shows it: the rule that raised it, its status and score with the
 * factors that explain the score, the resources and the attack path it concerns.
 *
 * @param result      the rule's verdict for the resource: FAIL or UNKNOWN
 * @param suppression present while the finding is suppressed
 */
public record FindingView(String id, String ruleId, String title, String severity, String category, int score,
    String status, String result, String reason, String resourceId, List<String> resourceIds, List<PathStep> path,
    List<ScoreFactor> scoreFactors, List<String> controls, String firstSeen, String lastSeen,
    Suppression suppression) {}
