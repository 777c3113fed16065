MATCH path = (b:DataStore)<-[:IN_BUCKET]-(d:DataObject)<-[:READS]-(j:TrainingJob)-[:PRODUCED]->(a:ModelArtifact)<-[:USES_ARTIFACT]-(m:Model)-[:SERVED_BY]->(e:Endpoint)
WHERE b.policyPublicWrite = true OR b.aclPublicWrite = true OR size(coalesce(b.policyCrossAccountWriters, [])) > 0
WITH b, e, head(collect(path)) AS path
RETURN e.id AS resourceId, 'FAIL' AS status,
       'Endpoint ' + e.name + ' serves a model trained on ' + b.name
         + CASE WHEN b.policyPublicWrite OR b.aclPublicWrite THEN ', which anyone can write' ELSE ', which another account can write' END AS reason,
       [e.id, b.id] AS resourceIds, path
