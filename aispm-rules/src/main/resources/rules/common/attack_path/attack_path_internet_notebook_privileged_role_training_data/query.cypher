MATCH path = (i:Internet)-[:CAN_REACH]->(n:Notebook)-[:RUNS_AS]->(r:Identity)-[access:CAN_READ|CAN_WRITE]->(b:DataStore)
WHERE (r.isAdmin = true OR r.privilegeLevel IN ['admin', 'write'])
  AND EXISTS { (b)<-[:IN_BUCKET]-(:DataObject)<-[:READS]-(:TrainingJob) }
WITH n, r, b, path,
     EXISTS { (b)<-[:IN_BUCKET]-(o:DataObject) WHERE coalesce(o.secretCount, 0) + coalesce(o.piiCount, 0) > 0 } AS sensitive
ORDER BY CASE type(last(relationships(path))) WHEN 'CAN_WRITE' THEN 0 ELSE 1 END
WITH n, r, b, sensitive, head(collect(path)) AS path
RETURN n.id AS resourceId, 'FAIL' AS status,
       'Internet-reachable notebook ' + n.name + ' runs as ' + coalesce(r.name, r.id)
         + CASE WHEN r.isAdmin THEN ' (admin)' ELSE ' (write rights)' END
         + ', which reaches training data in ' + b.name
         + CASE WHEN sensitive THEN ' holding secrets or personal data' ELSE '' END AS reason,
       [n.id, r.id, b.id] AS resourceIds, path
