MATCH (k:KnowledgeBase)-[:HAS_DATA_SOURCE]->(d)-[:READS]->(:DataObject)-[:IN_BUCKET]->(b:AWSS3Bucket)
WITH DISTINCT k, d, b
WITH k, d, b,
     CASE WHEN b.policyPublicWrite = true OR b.aclPublicWrite = true OR size(coalesce(b.policyCrossAccountWriters, [])) > 0 THEN 'FAIL'
          WHEN b.policyPublicWrite = false AND b.aclPublicWrite = false THEN 'PASS'
          ELSE 'UNKNOWN' END AS status
RETURN d.id AS resourceId, status,
       CASE status WHEN 'FAIL' THEN 'Knowledge base ' + k.name + ' ingests from bucket ' + b.name
              + CASE WHEN b.policyPublicWrite = true THEN ', whose bucket policy lets anyone write'
                     WHEN b.aclPublicWrite = true THEN ', whose ACL lets everyone write'
                     ELSE ', which account(s) ' + reduce(s = '', a IN b.policyCrossAccountWriters | s + CASE s WHEN '' THEN '' ELSE ', ' END + a) + ' can write' END
            WHEN 'PASS' THEN 'Knowledge base ' + k.name + ' ingests from bucket ' + b.name + ', which only its account can write'
            ELSE 'The policy or ACL of bucket ' + b.name + ', a source of knowledge base ' + k.name + ', could not be read' END AS reason,
       [k.id, d.id, b.id] AS resourceIds
