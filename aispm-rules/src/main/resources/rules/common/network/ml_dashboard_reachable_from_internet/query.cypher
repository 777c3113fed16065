MATCH (c:Compute)-[:USES_AI]->(u:AIUsage {kind: 'server'}) WHERE u.dashboard = true
OPTIONAL MATCH (:Internet)-[r:CAN_REACH]->(c)
WITH c, u, r, size(coalesce(u.exposedPorts, [])) > 0 AS portOpen
OPTIONAL MATCH (c)-[:USES_PACKAGE]->(p:SoftwarePackage {name: u.subject})-[:AFFECTED_BY]->(a:Advisory)
WITH c, u, r, portOpen, collect(DISTINCT a.advisoryId + ' (' + a.severity + ')') AS advisories,
     collect(DISTINCT a.id) AS advisoryIds, collect(DISTINCT p.id) AS packageIds
RETURN c.id AS resourceId,
       CASE WHEN r IS NOT NULL AND portOpen THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN r IS NOT NULL AND portOpen
            THEN u.component + ' on ' + coalesce(c.name, c.id) + ' is reachable from the internet on '
                 + reduce(s = '', x IN u.exposedPorts | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x)
                 + ' and has no authentication by default'
                 + CASE WHEN size(advisories) > 0 THEN '; its version ' + coalesce(u.version, '') + ' has advisories '
                        + reduce(s = '', x IN advisories | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x) ELSE '' END
            WHEN r IS NOT NULL THEN u.component + ' on ' + coalesce(c.name, c.id)
                 + ' is on an internet-reachable host, but its ports are not open to the internet'
            ELSE u.component + ' on ' + coalesce(c.name, c.id) + ' is not reachable from the internet' END AS reason,
       [c.id, u.id] + packageIds + advisoryIds AS resourceIds
