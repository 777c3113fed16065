MATCH (n:AWSSageMakerProcessingJob)
WITH n, n.interContainerEncryption AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Processing job leaves inter-container traffic unencrypted" + ': ' + coalesce(n.name, n.id)
              WHEN true THEN "Processing job encrypts inter-container traffic" + ': ' + coalesce(n.name, n.id)
              ELSE 'interContainerEncryption could not be read for ' + coalesce(n.name, n.id) END AS reason
