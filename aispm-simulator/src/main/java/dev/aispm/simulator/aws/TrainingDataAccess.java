package dev.aispm.simulator.aws;

/**
 * Gives tests the planted training set's bytes, so they can check that what aispm stores never
 * contains the planted secret values.
 */
public final class TrainingDataAccess {
  private TrainingDataAccess() {}

  public static byte[] trainingSet() {
    return TrainingData.trainingSet();
  }
}
