// Judged per holder: its manifests name a non-default index, and an AI package they declare
// carries no version. A model folder inside a scanned data prefix is read for both holders: the
// same package from the same file is judged once, on the model.
MATCH (d:DataObject)-[:USES_PACKAGE]->(p:SoftwarePackage)
WHERE size(coalesce(d.packageIndexes, [])) > 0
  AND (d:ModelArtifact OR p.location IS NULL OR NOT EXISTS {
    MATCH (:ModelArtifact)-[:USES_PACKAGE]->(q:SoftwarePackage)
    WHERE q.location = p.location AND q.purl = p.purl
  })
WITH d, p, reduce(s = '', x IN d.packageIndexes | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x) AS indexes
RETURN d.id AS resourceId,
       CASE WHEN p.version IS NULL THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN p.version IS NULL
            THEN 'Code in ' + d.uri + ' declares ' + p.name + ' without a version'
                 + coalesce(' (' + p.location + ')', '') + ' while naming ' + indexes
            ELSE 'Code in ' + d.uri + ' pins ' + p.name + ' ' + p.version + coalesce(' (' + p.location + ')', '') END AS reason,
       [d.id, p.id] AS resourceIds
