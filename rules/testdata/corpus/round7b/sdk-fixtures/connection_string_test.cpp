  // The shared access key is fake.
  TEST_F(ConnectionStringTest, GenerateSasTokenFixedVector)
  {
    // cspell: disable
    std::string const connectionString
        = "Endpoint=sb://fake.servicebus.windows.net/;SharedAccessKeyName=FakeKeyName;"
          "SharedAccessKey=ZmFrZWtleWZha2VrZXlmYWtla2V5ZmFrZWtleQ==;EntityPath=eventhub1";

    Azure::Core::Amqp::_internal::ServiceBusSasConnectionStringCredential credential(
        connectionString);

    // A fixed expiration time. GetToken derives its own from the clock, so it cannot
    // produce a stable token to compare against.
    auto const expiresOn{std::chrono::system_clock::from_time_t(1735689600)};

    EXPECT_EQ(
        "SharedAccessSignature sr=sb%3a%2f%2ffake.servicebus.windows.net%2feventhub1"
        "&sig=166yHuTCCC7xv5eXWn%2fzAaC%2fRlB8GsmwNyKJpMehFp0%3d"
        "&se=1735689600&skn=FakeKeyName",
        credential.GenerateSasToken(expiresOn));
    // cspell: enable
  }
