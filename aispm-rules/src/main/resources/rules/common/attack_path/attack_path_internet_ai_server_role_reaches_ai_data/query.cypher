MATCH path = (i:Internet)-[:CAN_REACH]->(c:Compute)-[:RUNS_AS]->(r:Identity)-[access:CAN_READ|CAN_WRITE]->(b:DataStore)
WITH c, r, b, path,
     EXISTS { (b)<-[:IN_BUCKET]-(:DataObject)<-[:READS]-(:TrainingJob) } AS trainingData,
     EXISTS { (b)<-[:IN_BUCKET]-(:ModelArtifact)<-[:USES_ARTIFACT]-(:ModelVersion) } AS registry,
     EXISTS { (b)<-[:IN_BUCKET]-(:ModelArtifact)<-[:USES_ARTIFACT]-(:Model) } AS models
WHERE trainingData OR registry OR models
// The foothold: AI tooling with a critical or high advisory, in the compute's own packages or in the
// image it runs, or an ML dashboard that has no authentication by default, open on its own port.
OPTIONAL MATCH (c)-[:RUNS_IMAGE*0..1]->()-[:USES_PACKAGE]->(p:SoftwarePackage)-[:AFFECTED_BY]->(a:Advisory)
WHERE a.severity IN ['critical', 'high']
WITH c, r, b, path, trainingData, registry, models,
     collect(DISTINCT p.name + ' ' + p.version + ' (' + a.advisoryId + ', ' + a.severity + ')') AS holes,
     collect(DISTINCT p.id) + collect(DISTINCT a.id) AS holeIds
OPTIONAL MATCH (c)-[:USES_AI]->(u:AIUsage {kind: 'server'})
WHERE u.dashboard = true AND size(coalesce(u.exposedPorts, [])) > 0
WITH c, r, b, path, trainingData, registry, models, holes, holeIds,
     collect(DISTINCT u.component) AS dashboards, collect(DISTINCT u.id) AS dashboardIds
WHERE size(holes) > 0 OR size(dashboards) > 0
ORDER BY CASE type(last(relationships(path))) WHEN 'CAN_WRITE' THEN 0 ELSE 1 END
WITH c, r, b, trainingData, registry, models, holes, holeIds, dashboards, dashboardIds,
     head(collect(path)) AS path
RETURN c.id AS resourceId, 'FAIL' AS status,
       'Internet-reachable ' + coalesce(c.name, c.id)
         + CASE WHEN size(holes) > 0
                THEN ' runs ' + reduce(s = '', x IN holes | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x)
                ELSE '' END
         + CASE WHEN size(holes) > 0 AND size(dashboards) > 0 THEN ' and' ELSE '' END
         + CASE WHEN size(dashboards) > 0
                THEN ' serves ' + reduce(s = '', x IN dashboards | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x)
                     + ' without authentication on an open port'
                ELSE '' END
         + ', and runs as ' + coalesce(r.name, r.id) + CASE WHEN r.isAdmin THEN ' (admin)' ELSE '' END
         + ', which can ' + CASE type(last(relationships(path))) WHEN 'CAN_WRITE' THEN 'write' ELSE 'read' END
         + ' ' + b.name + ', holding '
         + CASE WHEN trainingData AND (registry OR models) THEN 'training data and model artifacts'
                WHEN trainingData THEN 'training data'
                WHEN registry THEN 'registered model artifacts'
                ELSE 'model artifacts' END AS reason,
       [c.id, r.id, b.id] + holeIds + dashboardIds AS resourceIds, path
