MATCH (n:Notebook)-[:IN_SUBNET]->(s:Network)
WITH DISTINCT n
OPTIONAL MATCH path = (n)-[:IN_SUBNET]->(s:Network {routesToInternetGateway: true}), (n)-[:HAS_SECURITY_GROUP]->(g:Network {openToWorld: true})
WITH n, head(collect(path)) AS path, head(collect(g)) AS g, head(collect(s)) AS s,
     NOT EXISTS { (n)-[:IN_SUBNET]->(x:Network) WHERE coalesce(x.routesToInternetGateway, true) } AS noRoute,
     NOT EXISTS { (n)-[:HAS_SECURITY_GROUP]->(x:Network) WHERE coalesce(x.openToWorld, true) } AS noOpenGroup
// Either side known closed settles it; otherwise an unread subnet or group leaves it unknown.
WITH n, path, g, s, g IS NULL AND NOT (noRoute OR noOpenGroup) AS unknown
RETURN n.id AS resourceId,
       CASE WHEN g IS NOT NULL THEN 'FAIL' WHEN unknown THEN 'UNKNOWN' ELSE 'PASS' END AS status,
       CASE WHEN g IS NOT NULL THEN 'Notebook ' + coalesce(n.name, n.id) + ' sits in ' + coalesce(s.subnetId, s.id)
              + ', which routes to an internet gateway, behind ' + coalesce(g.name, g.groupId, g.id) + ' open to the world on '
              + coalesce(reduce(t = '', p IN g.openToWorldPorts | t + CASE t WHEN '' THEN '' ELSE ', ' END + p), 'some ports')
            WHEN unknown THEN 'Routing or security groups of notebook ' + coalesce(n.name, n.id) + ' could not be read'
            ELSE 'Notebook ' + coalesce(n.name, n.id) + ' has no internet route with a world-open security group' END AS reason,
       [x IN [n.id, s.id, g.id] WHERE x IS NOT NULL] AS resourceIds, path
