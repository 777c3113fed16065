package dev.aispm.collectors.aws.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.collectors.content.UserData;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** DescribeInstanceAttribute (userData) answers, unmarshalled by the SDK. */
class UserDataFetcherTest {
  @Test
  void theSdkHandsOverTheBase64ValueOrNothing() {
    try (Ec2Client c = RecordedAnswersAccess.ec2("ec2/DescribeInstanceAttribute-userData.xml")) {
      UserData d = UserData.decode(UserDataFetcher.fetch(c, "i-0acme1gpu00000001"));
      assertThat(d.status()).isEqualTo(UserData.READ);
      assertThat(d.text()).startsWith("#!/bin/bash").contains("text-generation-inference");
    }
    try (Ec2Client c = RecordedAnswersAccess.ec2("ec2/DescribeInstanceAttribute-none.xml")) {
      assertThat(UserData.decode(UserDataFetcher.fetch(c, "i-0acme1bastion000001")).status()).isEqualTo(UserData.NONE);
    }
  }
}
