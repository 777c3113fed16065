// Judged per configuration: its scripts name a non-default index somewhere, and an AI package
// somewhere in them carries no version.
MATCH (h)-[:USES_PACKAGE]->(p:SoftwarePackage)
WHERE (h:Notebook OR h:StartupScript) AND size(coalesce(h.packageIndexes, [])) > 0
OPTIONAL MATCH (n:Notebook)-[:USES_LIFECYCLE_CONFIG]->(h)
WITH coalesce(n, h) AS r, h, p,
     CASE WHEN n IS NULL THEN '' ELSE ' (lifecycle configuration ' + coalesce(h.name, h.id) + ')' END AS via,
     reduce(s = '', x IN h.packageIndexes | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x) AS indexes
RETURN r.id AS resourceId,
       CASE WHEN p.version IS NULL THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN p.version IS NULL
            THEN coalesce(r.name, r.id) + via + ' installs ' + p.name + ' without a version while naming ' + indexes
            ELSE coalesce(r.name, r.id) + via + ' pins ' + p.name + ' ' + p.version END AS reason,
       [r.id, h.id, p.id] AS resourceIds
