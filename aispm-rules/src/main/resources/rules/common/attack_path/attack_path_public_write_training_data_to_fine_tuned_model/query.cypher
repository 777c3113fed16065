MATCH path = (b:DataStore)<-[:IN_BUCKET]-(d:DataObject)<-[:READS]-(j:TrainingJob)-[:PRODUCED]->(m:Model)
WHERE b.policyPublicWrite = true OR b.aclPublicWrite = true OR size(coalesce(b.policyCrossAccountWriters, [])) > 0
WITH b, m, head(collect(path)) AS path
OPTIONAL MATCH (m)-[:SERVED_BY]->(e:Endpoint)
WITH b, m, path, collect(e) AS served
RETURN m.id AS resourceId, 'FAIL' AS status,
       'Model ' + coalesce(m.name, m.id) + ' was trained on ' + b.name
         + CASE WHEN b.policyPublicWrite OR b.aclPublicWrite THEN ', which anyone can write' ELSE ', which another account can write' END
         + CASE WHEN size(served) > 0 THEN ', and is served by ' + reduce(s = '', e IN served | s + CASE s WHEN '' THEN '' ELSE ', ' END + coalesce(e.name, e.id))
                ELSE '' END AS reason,
       [m.id, b.id] + [e IN served | e.id] AS resourceIds, path
