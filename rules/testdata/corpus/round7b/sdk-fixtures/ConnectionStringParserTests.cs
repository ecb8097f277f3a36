        public static IEnumerable<object[]> TestDataConnectionStringParserEndpointShouldFormatUri
            => new[] {
                new object[] { "Endpoint=ns1.servicebus.windows.net/;SharedAccessKeyName=FakeKeyName;SharedAccessKey=FakeKey;", "sb://ns1.servicebus.windows.net/" },
                new object[] { "Endpoint= ns2.servicebus.windows.net ;SharedAccessKeyName=FakeKeyName;SharedAccessKey=FakeKey;", "sb://ns2.servicebus.windows.net/" },
            };
