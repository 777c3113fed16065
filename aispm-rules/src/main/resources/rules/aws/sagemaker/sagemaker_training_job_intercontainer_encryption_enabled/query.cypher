MATCH (n) WHERE n:AWSSageMakerTrainingJob OR n:AWSSageMakerHyperParameterTuningJob
WITH n, n.interContainerEncryption AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Training job does not encrypt inter-container traffic" + ': ' + n.name
              WHEN true THEN "Training job encrypts inter-container traffic" + ': ' + n.name
              ELSE 'interContainerEncryption could not be read for ' + n.name END AS reason
