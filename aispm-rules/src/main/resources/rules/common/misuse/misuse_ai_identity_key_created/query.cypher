// One finding per detection record (detector, principal, target), linked to the target and the
// principal when the graph knows them; the detection accumulates its events across scans.
MATCH (d:MisuseDetection {detector: 'misuse_ai_identity_key_created'})
OPTIONAL MATCH (d)-[:TARGETS]->(t:Asset)
OPTIONAL MATCH (d)-[:ACTED_BY]->(p:Asset)
WITH d, coalesce(t.id, d.targetId) AS target, coalesce(p.id, d.principal) AS actor
RETURN target AS resourceId, 'FAIL' AS status,
       d.summary + ' (' + toString(d.eventCount) + ' event(s) from ' + toString(d.firstEventAt) + ' to '
         + toString(d.lastEventAt) + ')' AS reason,
       [target, actor] AS resourceIds
