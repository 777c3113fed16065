// One row per batch prediction job reading gs:// input: anyone who can write the input decides what
// the model predicts on, and the predictions flow on to whatever consumes them.
MATCH (j:VertexBatchPredictionJob)-[:READS]->(:DataObject)-[:IN_BUCKET]->(b:GCSBucket)
WITH j, collect(DISTINCT b) AS buckets
WITH j, [b IN buckets WHERE b.policyPublicWrite = true OR b.aclPublicWrite = true] AS open,
     [b IN buckets WHERE b.policyPublicWrite IS NULL OR b.aclPublicWrite IS NULL] AS unread
RETURN j.id AS resourceId,
       CASE WHEN size(open) > 0 THEN 'FAIL' WHEN size(unread) > 0 THEN 'UNKNOWN' ELSE 'PASS' END AS status,
       CASE WHEN size(open) > 0 THEN 'Batch prediction job ' + coalesce(j.name, j.id) + ' reads input from bucket ' + open[0].name + ', which anyone can write'
            WHEN size(unread) > 0 THEN 'Who can write the input bucket ' + unread[0].name + ' of batch prediction job ' + coalesce(j.name, j.id) + ' could not be read'
            ELSE 'Batch prediction job ' + coalesce(j.name, j.id) + ' reads input only from buckets the public cannot write' END AS reason
