MATCH (e:Endpoint)
OPTIONAL MATCH path = (:Internet)-[c:CAN_REACH]->(e)
WITH e, head(collect(path)) AS path, head(collect(c.via)) AS via
RETURN e.id AS resourceId,
       CASE WHEN path IS NOT NULL THEN 'FAIL' WHEN e.internetReachable IS NULL THEN 'UNKNOWN' ELSE 'PASS' END AS status,
       CASE WHEN path IS NOT NULL THEN 'Endpoint ' + coalesce(e.name, e.id) + ' is reachable from the internet ('
              + CASE via WHEN 'modelOutsideVpc' THEN 'a served model runs outside a VPC'
                         WHEN 'securityGroupOpenToWorld' THEN 'a served model sits in a public subnet behind a world-open security group'
                         ELSE coalesce(via, 'network exposure') END + ')'
            WHEN e.internetReachable IS NULL THEN 'Network exposure of endpoint ' + coalesce(e.name, e.id) + ' could not be determined'
            ELSE 'Endpoint ' + coalesce(e.name, e.id) + ' is not reachable from the internet' END AS reason,
       [e.id] AS resourceIds, path
