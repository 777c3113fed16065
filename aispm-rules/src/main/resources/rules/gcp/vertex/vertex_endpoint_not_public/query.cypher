MATCH (e:VertexEndpoint)
WITH e, e.publicEndpoint AS v
RETURN e.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN 'Endpoint ' + coalesce(e.name, e.id) + ' is served on the public Vertex AI endpoint (no Private Service Connect, no VPC peering)'
              WHEN false THEN 'Endpoint ' + coalesce(e.name, e.id) + ' is private (' + CASE WHEN e.privateServiceConnect THEN 'Private Service Connect' ELSE 'VPC peering' END + ')'
              ELSE 'Network access of endpoint ' + coalesce(e.name, e.id) + ' could not be read' END AS reason
