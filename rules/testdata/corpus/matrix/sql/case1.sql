INSERT INTO settings (k, v) VALUES ('storage', 'DefaultEndpointsProtocol=https;AccountName=ml51hm1s2hax9h;AccountKey=xNM2iVxOeDB9V6VnjS9BEyh10HztuqFYL9o526P+uKTPgXzEKLzEsSr34LulAYhDar9Rg3qqP7Riojz9n5QKTQ==;EndpointSuffix=core.windows.net;');
INSERT INTO settings (k, v) VALUES ('other', 'SharedAccessKeyName=listen-only;SharedAccessKey=xJ16+Oqjv9Rb1t4Tbr9omY9REt370NV6GMS6HHhZMOg=;Endpoint=sb://payments-av5o.servicebus.windows.net/');
-- https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>
