// Through the image it runs too: a container function, task or model ships what its image holds.
MATCH path = (i:Internet)-[:CAN_REACH]->(f:Compute)-[:RUNS_IMAGE*0..1]->()-[:USES_PACKAGE]->(p:SoftwarePackage)-[:AFFECTED_BY]->(a:Advisory)
WHERE a.severity IN ['critical', 'high']
OPTIONAL MATCH (f)-[:RUNS_AS]->(r:Identity)
RETURN f.id AS resourceId, 'FAIL' AS status,
       'Internet-reachable ' + coalesce(f.name, f.id) + ' ships ' + p.name + ' ' + p.version
         + ' with ' + a.severity + ' advisory ' + a.advisoryId + coalesce(' (fixed in ' + a.fixedVersion + ')', '')
         + coalesce(' and runs as ' + coalesce(r.name, r.id) + CASE WHEN r.isAdmin THEN ' (admin)' ELSE '' END, '') AS reason,
       [f.id, p.id, a.id] + CASE WHEN r IS NULL THEN [] ELSE [r.id] END AS resourceIds, path
