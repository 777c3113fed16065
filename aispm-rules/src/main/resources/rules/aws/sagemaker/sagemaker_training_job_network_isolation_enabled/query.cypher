MATCH (n) WHERE n:AWSSageMakerTrainingJob OR n:AWSSageMakerHyperParameterTuningJob
WITH n, n.networkIsolation AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Training job runs without network isolation" + ': ' + n.name
              WHEN true THEN "Training job runs with network isolation" + ': ' + n.name
              ELSE 'networkIsolation could not be read for ' + n.name END AS reason
