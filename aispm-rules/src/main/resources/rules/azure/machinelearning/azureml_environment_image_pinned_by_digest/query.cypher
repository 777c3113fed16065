MATCH (n:AzureMLEnvironment)
// Archived versions cannot be picked for new work; Dockerfile builds are judged by their context, not here.
WHERE coalesce(n.isArchived, false) = false AND n.buildContextUri IS NULL
WITH n, n.imagePinned AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Environment uses image " + n.image + " by a mutable tag" + ': ' + coalesce(n.name, n.id)
              WHEN true THEN "Environment pins its image by digest" + ': ' + coalesce(n.name, n.id)
              ELSE "Image reference could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
UNION
// A deployment defined with an inline environment runs an anonymous version the environment
// listing leaves out, so no environment above stands for it: it is judged on the image it runs.
// One whose environment was listed is judged through that environment, not twice.
MATCH (n) WHERE (n:AzureMLOnlineDeployment OR n:AzureMLBatchDeployment) AND n.image IS NOT NULL
  AND NOT EXISTS { (n)-[:USES_ENVIRONMENT]->(:AzureMLEnvironment) }
WITH n, n.image CONTAINS '@sha256:' AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE v WHEN false THEN "Deployment runs image " + n.image + " by a mutable tag" + ': ' + coalesce(n.endpoint + '/' + n.name, n.id)
              ELSE "Deployment pins its image by digest" + ': ' + coalesce(n.endpoint + '/' + n.name, n.id) END AS reason
