MATCH (n:AzureMLEnvironment)
// Archived versions cannot be picked for new work; Dockerfile builds are judged by their context, not here.
WHERE coalesce(n.isArchived, false) = false AND n.buildContextUri IS NULL
WITH n, n.imagePinned AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Environment uses image " + n.image + " by a mutable tag" + ': ' + coalesce(n.name, n.id)
              WHEN true THEN "Environment pins its image by digest" + ': ' + coalesce(n.name, n.id)
              ELSE "Image reference could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
