MATCH path = (p:AWSSageMakerModelPackage)<-[:FROM_PACKAGE]-(m:Model)-[:SERVED_BY]->(e:Endpoint)
WITH p, m, e, path, p.approvalStatus AS s
RETURN e.id AS resourceId,
       CASE WHEN s = 'Approved' THEN 'PASS' WHEN s IS NULL THEN 'UNKNOWN' ELSE 'FAIL' END AS status,
       CASE WHEN s = 'Approved' THEN 'Endpoint ' + e.name + ' serves approved version ' + coalesce(p.name, p.id)
            WHEN s IS NULL THEN 'Approval status of ' + coalesce(p.name, p.id) + ' could not be read'
            ELSE 'Endpoint ' + e.name + ' serves ' + coalesce(p.name, p.id)
              + coalesce(' version ' + toString(p.version), '') + ', whose approval status is ' + s END AS reason,
       [p.id, m.id, e.id] AS resourceIds, path
