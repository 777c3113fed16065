// Owner and Editor act as every account of their project as a side effect of rights they already
// hold there: only the dedicated act-as roles (or a custom role written to grant act-as) open a path
// the principal would not have otherwise.
MATCH path = (p:Identity)-[act:CAN_ACT_AS]->(sa:Identity)-[:CAN_WRITE]->(b:DataStore)
WHERE p <> sa
  AND act.via IN ['serviceAccountUser', 'serviceAccountTokenCreator', 'workloadIdentityUser', 'customRole']
  AND EXISTS { (:Asset)-[:RUNS_AS]->(sa) }
  AND EXISTS { (b)<-[:IN_BUCKET]-(:DataObject)<-[:READS]-(:TrainingJob) }
  AND NOT EXISTS { (p)-[:CAN_WRITE]->(b) }
WITH p, sa, b, head(collect(path)) AS path
RETURN p.id AS resourceId, 'FAIL' AS status,
       CASE WHEN p.isPublic = true THEN 'Anyone (' + p.name + ')' ELSE coalesce(p.name, p.id) END
         + ' can act as ' + coalesce(sa.name, sa.id) + ', which AI workloads run as, and through it write training data in '
         + coalesce(b.name, b.id) + ', which it cannot write itself' AS reason,
       [p.id, sa.id, b.id] AS resourceIds, path
