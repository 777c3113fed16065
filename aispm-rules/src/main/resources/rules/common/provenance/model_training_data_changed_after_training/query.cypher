// The jobs a model came from: those that produced it (Bedrock, Vertex) or produced an artifact it
// loads (SageMaker). One row per model and job that has ended.
MATCH (m:Model)
OPTIONAL MATCH (m)-[:USES_ARTIFACT]->(:ModelArtifact)<-[:PRODUCED]-(viaArtifact:TrainingJob)
OPTIONAL MATCH (m)<-[:PRODUCED]-(direct:TrainingJob)
WITH m, collect(DISTINCT viaArtifact) + collect(DISTINCT direct) AS jobs
UNWIND jobs AS j
WITH DISTINCT m, j
WHERE j.endedAt IS NOT NULL
MATCH (j)-[:READS]->(p:DataObject)
OPTIONAL MATCH (p)<-[:LISTED_UNDER]-(l:ListedObject)
WITH m, j, p, collect(l) AS listed
// Written after the job ended, by the store's last-modified time, or seen to change between two
// scans that both came after the job ended (a store that lists no time still shows a new ETag).
WITH m, j, [o IN listed WHERE (o.lastModified IS NOT NULL AND o.lastModified > j.endedAt)
            OR (o.previousEtag IS NOT NULL AND o.changeSeenAt > j.endedAt)] AS changedHere,
     p.objectsListed IS NULL OR coalesce(p.listingComplete, false) = false AS unlisted
WITH m, j, reduce(acc = [], c IN collect(changedHere) | acc + c) AS changed,
     any(u IN collect(unlisted) WHERE u) AS partial
// An object seen to change between scans first: its finding can name the ETag before and after.
WITH m, j, changed, partial,
     head([o IN changed WHERE o.previousEtag IS NOT NULL] + [o IN changed WHERE o.previousEtag IS NULL]) AS first
RETURN m.id AS resourceId,
       CASE WHEN size(changed) > 0 THEN 'FAIL' WHEN partial THEN 'UNKNOWN' ELSE 'PASS' END AS status,
       CASE WHEN size(changed) > 0
            THEN 'Model ' + coalesce(m.name, m.id) + ': training job ' + coalesce(j.name, j.id) + ' ended at '
              + toString(j.endedAt) + ', but its input ' + first.uri + ' was modified at '
              + coalesce(toString(first.lastModified), 'an unlisted time')
              + CASE WHEN first.previousEtag IS NULL
                     THEN ' (ETag now ' + coalesce(first.etag, 'unknown')
                       + '; the ETag before the change was not recorded: the object was first listed after it)'
                     ELSE ' (ETag ' + first.previousEtag + ' -> ' + coalesce(first.etag, 'unknown')
                       + CASE WHEN first.previousVersionId IS NULL THEN ''
                              ELSE ', version ' + first.previousVersionId + ' -> ' + coalesce(first.versionId, 'unknown') END
                       + ', change seen ' + toString(first.changeSeenAt) + ')' END
              + CASE WHEN size(changed) > 1 THEN ' and ' + (size(changed) - 1) + ' more input object(s) changed' ELSE '' END
            WHEN partial
            THEN 'Model ' + coalesce(m.name, m.id) + ': not every input of training job ' + coalesce(j.name, j.id)
              + ' was listed (unreadable, or the content budget ran out); no listed object changed after the job ended at '
              + toString(j.endedAt)
            ELSE 'Model ' + coalesce(m.name, m.id) + ': no input object of training job ' + coalesce(j.name, j.id)
              + ' changed after the job ended at ' + toString(j.endedAt) END AS reason,
       [m.id, j.id] AS resourceIds
