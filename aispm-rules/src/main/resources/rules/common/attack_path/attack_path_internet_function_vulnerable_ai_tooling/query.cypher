// Through the image it runs too: a container function, task or model ships what its image holds.
MATCH path = (i:Internet)-[:CAN_REACH]->(f:Compute)-[:RUNS_IMAGE*0..1]->()-[:USES_PACKAGE]->(p:SoftwarePackage)
MATCH (p)-[:AFFECTED_BY]->(a:Advisory)
WHERE a.severity IN ['critical', 'high']
// One finding per reachable compute and vulnerable package, however many ways lead in: the path is
// the same whichever hole is used, so the advisories are listed together, most severe first. The
// path ends at the package, and the finding's identity (its resources and path) leaves the
// advisories out, so a newly published one adds to the finding instead of opening another.
WITH f, p, a, path
ORDER BY CASE a.severity WHEN 'critical' THEN 0 ELSE 1 END, a.advisoryId
WITH f, p, collect(DISTINCT a) AS advisories, head(collect(path)) AS path
OPTIONAL MATCH (f)-[:RUNS_AS]->(r:Identity)
RETURN f.id AS resourceId, 'FAIL' AS status,
       'Internet-reachable ' + coalesce(f.name, f.id) + ' ships ' + p.name + ' ' + p.version
         + CASE WHEN size(advisories) = 1
                THEN ' with ' + advisories[0].severity + ' advisory ' + advisories[0].advisoryId
                     + coalesce(' (fixed in ' + advisories[0].fixedVersion + ')', '')
                ELSE ' with ' + size(advisories) + ' critical or high advisories: '
                     + reduce(s = '', x IN advisories | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x.advisoryId
                         + ' (' + x.severity + coalesce(', fixed in ' + x.fixedVersion, '') + ')') END
         + coalesce(' and runs as ' + coalesce(r.name, r.id) + CASE WHEN r.isAdmin THEN ' (admin)' ELSE '' END, '') AS reason,
       [f.id, p.id] + CASE WHEN r IS NULL THEN [] ELSE [r.id] END AS resourceIds, path
