MATCH (n) WHERE n:AWSSageMakerTrainingJob OR n:AWSSageMakerHyperParameterTuningJob
RETURN n.id AS resourceId,
       CASE WHEN n.volumeKmsKeyId IS NULL THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN n.volumeKmsKeyId IS NULL THEN "Training job volume has no customer managed key" + ': ' + n.name
            ELSE "Training job volume uses a customer managed key" + ': ' + n.name END AS reason
